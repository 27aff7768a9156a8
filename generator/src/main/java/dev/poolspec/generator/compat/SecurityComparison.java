package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the security requirements in effect for two matching operations (their own {@code security}, else the
 * spec's). A requirement list holds alternatives; an empty list, or an empty requirement in it, allows anonymous
 * calls. Requirements match by the set of scheme names they combine.
 */
final class SecurityComparison extends OperationPart {
    /** One alternative: scheme name → scopes. */
    record Requirement(String location, Map<String, Set<String>> schemes) {
        Set<String> names() {
            return schemes.keySet();
        }

        boolean anonymous() {
            return schemes.isEmpty();
        }

        @Override
        public String toString() {
            return schemes.toString();
        }
    }

    SecurityComparison(OperationPart operation) {
        super(operation);
    }

    void compare() {
        String oldList = effective(base, before);
        String newList = effective(revision, after);
        List<Requirement> old = requirements(base, oldList);
        List<Requirement> now = requirements(revision, newList);
        boolean wasOpen = old.isEmpty() || old.stream().anyMatch(Requirement::anonymous);
        boolean isOpen = now.isEmpty() || now.stream().anyMatch(Requirement::anonymous);
        List<Requirement> unmatchedOld = new ArrayList<>();
        List<Requirement> unmatchedNew = new ArrayList<>(now);
        unmatchedNew.removeIf(Requirement::anonymous);
        for (Requirement was : old) {
            if (was.anonymous()) {
                continue;
            }
            Requirement is = unmatchedNew.stream()
                    .filter(r -> r.names().equals(was.names()))
                    .findFirst()
                    .orElse(null);
            if (is == null) {
                unmatchedOld.add(was);
            } else {
                unmatchedNew.remove(is);
                scopes(was, is);
            }
        }
        if (wasOpen && !isOpen) {
            reporter.report(
                    ApiRules.SECURITY_REQUIREMENT_ADDED,
                    oldList,
                    newList,
                    "Anonymous calls were allowed; now one of " + now + " is required.");
            return;
        }
        for (Requirement is : unmatchedNew) {
            Requirement narrowed = unmatchedOld.stream()
                    .filter(was -> is.names().containsAll(was.names()))
                    .findFirst()
                    .orElse(null);
            if (narrowed != null && !isOpen) {
                unmatchedOld.remove(narrowed);
                reporter.report(
                        ApiRules.SECURITY_REQUIREMENT_ADDED,
                        narrowed.location(),
                        is.location(),
                        "The security requirement " + narrowed + " became " + is + ": it needs more credentials.");
            } else {
                reporter.report(
                        ApiRules.SECURITY_ALTERNATIVE_ADDED,
                        null,
                        is.location(),
                        "The security requirement " + is + " was added as an alternative to " + old + ".");
            }
        }
        for (Requirement was : unmatchedOld) {
            reporter.report(
                    isOpen ? ApiRules.SECURITY_REMOVED : ApiRules.SECURITY_ALTERNATIVE_REMOVED,
                    was.location(),
                    null,
                    "The security requirement " + was + " was removed (now " + (now.isEmpty() ? "none" : now) + ").");
        }
    }

    private void scopes(Requirement was, Requirement is) {
        for (String scheme : was.names()) {
            Set<String> added = new TreeSet<>(is.schemes().get(scheme));
            added.removeAll(was.schemes().get(scheme));
            Set<String> removed = new TreeSet<>(was.schemes().get(scheme));
            removed.removeAll(is.schemes().get(scheme));
            String where = is.location() + "/" + dev.poolspec.generator.read.Documents.escape(scheme);
            String oldWhere = was.location() + "/" + dev.poolspec.generator.read.Documents.escape(scheme);
            if (!added.isEmpty()) {
                reporter.report(
                        ApiRules.SECURITY_SCOPE_ADDED,
                        oldWhere,
                        where,
                        "The " + scheme + " requirement needs the scopes " + added + " in addition (was "
                                + was.schemes().get(scheme) + ", now "
                                + is.schemes().get(scheme) + ").");
            }
            if (!removed.isEmpty()) {
                reporter.report(
                        ApiRules.SECURITY_SCOPE_REMOVED,
                        oldWhere,
                        where,
                        "The " + scheme + " requirement no longer needs the scopes " + removed + " (was "
                                + was.schemes().get(scheme) + ", now "
                                + is.schemes().get(scheme) + ").");
            }
        }
    }

    /** The location of the requirement list in effect for an operation, or null when there is none. */
    static String effective(ApiSpec spec, ApiSpec.Operation operation) {
        if (spec.node(operation.location()).path("security").isArray()) {
            return operation.location() + "/security";
        }
        return spec.node("#/security").isArray() ? "#/security" : null;
    }

    static List<Requirement> requirements(ApiSpec spec, String list) {
        List<Requirement> requirements = new ArrayList<>();
        JsonNode array = spec.node(list);
        for (int i = 0; i < array.size(); i++) {
            Map<String, Set<String>> schemes = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = array.get(i).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> scheme = it.next();
                Set<String> scopes = new TreeSet<>();
                scheme.getValue().forEach(scope -> scopes.add(scope.asText()));
                schemes.put(scheme.getKey(), scopes);
            }
            requirements.add(new Requirement(list + "/" + i, schemes));
        }
        return requirements;
    }
}
