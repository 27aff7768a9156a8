package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conditionals by meaning: if/then/else blocks matched between the two specs by what their {@code if} says (not
 * where they are), dependentRequired and dependentSchemas by property, and the x-poolspec-rules extension.
 */
final class SchemaConditionalChecks implements SchemaDiff.Checks {
    /** One if/then/else block: where its keywords are ("" when absent) and the canonical text of its condition. */
    private record Conditional(
            String ifLocation, String thenLocation, String elseLocation, String condition, String whole) {}

    @Override
    public void compare(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        conditionals(diff, path, base, revision);
        dependentRequired(diff, path, base, revision);
        dependentSchemas(diff, path, base, revision);
        SchemaPoolspecRules.compare(diff, path, base, revision);
    }

    private static List<Conditional> conditionals(SchemaView view) {
        List<Conditional> found = new ArrayList<>();
        for (SchemaView.Part part : view.parts) {
            if (part.node().has("if")) {
                String at = part.location() + "/";
                String condition = SchemaCanonical.of(view.documents, at + "if");
                String then = part.node().has("then") ? at + "then" : "";
                String otherwise = part.node().has("else") ? at + "else" : "";
                found.add(new Conditional(
                        at + "if",
                        then,
                        otherwise,
                        condition,
                        condition
                                + SchemaCanonical.of(view.documents, then)
                                + SchemaCanonical.of(view.documents, otherwise)));
            }
        }
        return found;
    }

    private static void conditionals(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        List<Conditional> before = conditionals(base);
        List<Conditional> after = conditionals(revision);
        // Blocks that mean the same on both sides first, so that repeated conditions pair up with their twins.
        for (Conditional same : List.copyOf(before)) {
            after.stream()
                    .filter(c -> c.whole().equals(same.whole()))
                    .findFirst()
                    .ifPresent(twin -> {
                        before.remove(same);
                        after.remove(twin);
                    });
        }
        for (Conditional changed : List.copyOf(before)) {
            after.stream()
                    .filter(c -> c.condition().equals(changed.condition()))
                    .findFirst()
                    .ifPresent(now -> {
                        before.remove(changed);
                        after.remove(now);
                        diff.compare(
                                path + "/(then)",
                                base.sub(present(changed.thenLocation())),
                                revision.sub(present(now.thenLocation())));
                        diff.compare(
                                path + "/(else)",
                                base.sub(present(changed.elseLocation())),
                                revision.sub(present(now.elseLocation())));
                    });
        }
        for (Conditional removed : before) {
            diff.report(
                    SchemaChangeKind.CONDITIONAL_REMOVED,
                    removed.ifLocation(),
                    "",
                    "An if/then/else of " + SchemaDiff.where(path) + " was removed.");
        }
        for (Conditional added : after) {
            diff.report(
                    SchemaChangeKind.CONDITIONAL_ADDED,
                    "",
                    added.ifLocation(),
                    "An if/then/else of " + SchemaDiff.where(path) + " was added.");
        }
    }

    private static List<String> present(String location) {
        return location.isEmpty() ? List.of() : List.of(location);
    }

    /** dependentRequired of every part: property → the properties it needs, with where the entry is. */
    private static Map<String, Set<String>> dependencies(SchemaView view, Map<String, String> where) {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        for (SchemaView.Found found : view.all("dependentRequired")) {
            found.value().fieldNames().forEachRemaining(name -> {
                JsonNode names = found.value().get(name);
                Set<String> set = needs.computeIfAbsent(name, n -> new LinkedHashSet<>());
                names.forEach(n -> set.add(n.asText()));
                where.putIfAbsent(name, found.location() + "/" + Documents.escape(name));
            });
        }
        return needs;
    }

    private static void dependentRequired(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Map<String, String> whereBefore = new LinkedHashMap<>();
        Map<String, String> whereAfter = new LinkedHashMap<>();
        Map<String, Set<String>> before = dependencies(base, whereBefore);
        Map<String, Set<String>> after = dependencies(revision, whereAfter);
        String at = SchemaDiff.where(path);
        before.forEach((name, needs) -> {
            Set<String> now = after.get(name);
            if (now == null) {
                diff.report(
                        SchemaChangeKind.DEPENDENT_REQUIRED_REMOVED,
                        whereBefore.get(name),
                        "",
                        "In " + at + ", " + name + " no longer needs " + needs + ".");
                return;
            }
            Set<String> more = new LinkedHashSet<>(now);
            more.removeAll(needs);
            Set<String> fewer = new LinkedHashSet<>(needs);
            fewer.removeAll(now);
            if (!more.isEmpty()) {
                diff.report(
                        SchemaChangeKind.DEPENDENT_REQUIRED_EXTENDED,
                        whereBefore.get(name),
                        whereAfter.get(name),
                        "In " + at + ", " + name + " went from needing " + needs + " to " + now + ".");
            }
            if (!fewer.isEmpty()) {
                diff.report(
                        SchemaChangeKind.DEPENDENT_REQUIRED_REDUCED,
                        whereBefore.get(name),
                        whereAfter.get(name),
                        "In " + at + ", " + name + " went from needing " + needs + " to " + now + ".");
            }
        });
        after.forEach((name, needs) -> {
            if (!before.containsKey(name)) {
                diff.report(
                        SchemaChangeKind.DEPENDENT_REQUIRED_ADDED,
                        "",
                        whereAfter.get(name),
                        "In " + at + ", " + name + " now needs " + needs + ".");
            }
        });
    }

    private static void dependentSchemas(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Map<String, List<String>> before = base.members("dependentSchemas");
        Map<String, List<String>> after = revision.members("dependentSchemas");
        String at = SchemaDiff.where(path);
        before.forEach((name, locations) -> {
            List<String> now = after.get(name);
            if (now == null) {
                diff.report(
                        SchemaChangeKind.DEPENDENT_SCHEMA_REMOVED,
                        locations.get(0),
                        "",
                        "In " + at + ", " + name + " no longer brings a schema (dependentSchemas).");
            } else {
                diff.compare(path + "/(dependentSchemas " + name + ")", base.sub(locations), revision.sub(now));
            }
        });
        after.forEach((name, locations) -> {
            if (!before.containsKey(name)) {
                diff.report(
                        SchemaChangeKind.DEPENDENT_SCHEMA_ADDED,
                        "",
                        locations.get(0),
                        "In " + at + ", " + name + " now brings a schema (dependentSchemas).");
            }
        });
    }
}
