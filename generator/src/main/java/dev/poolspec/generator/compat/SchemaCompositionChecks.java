package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.ReadException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * oneOf and anyOf (members matched by the name of the schema they reference, else by position among the inline
 * ones), not (by meaning: its canonical form), and the discriminator mapping.
 */
final class SchemaCompositionChecks implements SchemaDiff.Checks {

    @Override
    public void compare(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        alternatives(
                diff,
                path,
                base,
                revision,
                "oneOf",
                SchemaChangeKind.ONE_OF_ADDED,
                SchemaChangeKind.ONE_OF_REMOVED,
                SchemaChangeKind.ONE_OF_MEMBER_ADDED,
                SchemaChangeKind.ONE_OF_MEMBER_REMOVED);
        alternatives(
                diff,
                path,
                base,
                revision,
                "anyOf",
                SchemaChangeKind.ANY_OF_ADDED,
                SchemaChangeKind.ANY_OF_REMOVED,
                SchemaChangeKind.ANY_OF_MEMBER_ADDED,
                SchemaChangeKind.ANY_OF_MEMBER_REMOVED);
        not(diff, path, base, revision);
        discriminator(diff, path, base, revision);
    }

    /** The members of every oneOf (or anyOf) of a view by their match key, in order. */
    private static Map<String, String> members(SchemaView view, String keyword) {
        Map<String, String> members = new LinkedHashMap<>();
        int inline = 0;
        for (SchemaView.Found found : view.all(keyword)) {
            for (int i = 0; i < found.value().size(); i++) {
                String location = found.location() + "/" + i;
                String target = view.reference(location, found.value().get(i));
                String key = target != null ? SchemaView.nameOf(target) : "#" + inline++;
                members.putIfAbsent(key, location);
            }
        }
        return members;
    }

    private static void alternatives(
            SchemaDiff diff,
            String path,
            SchemaView base,
            SchemaView revision,
            String keyword,
            SchemaChangeKind added,
            SchemaChangeKind removed,
            SchemaChangeKind memberAdded,
            SchemaChangeKind memberRemoved) {
        Map<String, String> before = members(base, keyword);
        Map<String, String> after = members(revision, keyword);
        String at = SchemaDiff.where(path);
        if (before.isEmpty() != after.isEmpty()) {
            diff.report(
                    before.isEmpty() ? added : removed,
                    base.where(keyword),
                    revision.where(keyword),
                    keyword + " of " + at + (before.isEmpty() ? " was added." : " was removed."));
            return;
        }
        for (Map.Entry<String, String> member : before.entrySet()) {
            String kept = after.get(member.getKey());
            if (kept != null) {
                diff.compare(
                        path + "/(" + keyword + " " + member.getKey() + ")",
                        base.sub(List.of(member.getValue())),
                        revision.sub(List.of(kept)));
            } else {
                diff.report(
                        memberRemoved,
                        member.getValue(),
                        "",
                        keyword + " of " + at + " lost the alternative " + member.getKey() + ".");
            }
        }
        for (Map.Entry<String, String> member : after.entrySet()) {
            if (!before.containsKey(member.getKey())) {
                diff.report(
                        memberAdded,
                        "",
                        member.getValue(),
                        keyword + " of " + at + " gained the alternative " + member.getKey() + ".");
            }
        }
    }

    private static void not(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        List<String> before = base.subschemas("not");
        List<String> after = revision.subschemas("not");
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        SchemaChangeKind kind;
        if (before.isEmpty()) {
            kind = SchemaChangeKind.NOT_ADDED;
        } else if (after.isEmpty()) {
            kind = SchemaChangeKind.NOT_REMOVED;
        } else if (canonical(base, before).equals(canonical(revision, after))) {
            return;
        } else {
            kind = SchemaChangeKind.NOT_CHANGED;
        }
        diff.report(
                kind,
                before.isEmpty() ? base.location() : before.get(0),
                after.isEmpty() ? revision.location() : after.get(0),
                "not of " + SchemaDiff.where(path)
                        + switch (kind) {
                            case NOT_ADDED -> " was added.";
                            case NOT_REMOVED -> " was removed.";
                            default -> " changed.";
                        });
    }

    private static String canonical(SchemaView view, List<String> locations) {
        StringBuilder text = new StringBuilder();
        locations.forEach(
                l -> text.append(SchemaCanonical.of(view.documents, l)).append(';'));
        return text.toString();
    }

    /** The discriminator mapping: value → name of the schema it names. */
    private static Map<String, String> mapping(SchemaView view, Map<String, String> where) {
        Map<String, String> mapping = new LinkedHashMap<>();
        SchemaView.Found found = view.first("discriminator");
        if (found == null) {
            return mapping;
        }
        JsonNode entries = found.value().path("mapping");
        entries.fieldNames().forEachRemaining(value -> {
            String reference = entries.get(value).asText();
            String target;
            try {
                target = SchemaView.nameOf(view.documents.resolve(found.location(), reference));
            } catch (ReadException | RuntimeException e) {
                target = reference.contains("/") ? SchemaView.nameOf(reference) : reference;
            }
            mapping.put(value, target);
            where.put(value, found.location() + "/mapping/" + dev.poolspec.generator.read.Documents.escape(value));
        });
        return mapping;
    }

    private static void discriminator(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Map<String, String> whereBefore = new LinkedHashMap<>();
        Map<String, String> whereAfter = new LinkedHashMap<>();
        Map<String, String> before = mapping(base, whereBefore);
        Map<String, String> after = mapping(revision, whereAfter);
        String at = SchemaDiff.where(path);
        before.forEach((value, target) -> {
            String now = after.get(value);
            if (now == null) {
                diff.report(
                        SchemaChangeKind.DISCRIMINATOR_MAPPING_REMOVED,
                        whereBefore.get(value),
                        "",
                        "Discriminator value " + value + " of " + at + " (" + target + ") was removed.");
            } else if (!now.equals(target)) {
                diff.report(
                        SchemaChangeKind.DISCRIMINATOR_MAPPING_CHANGED,
                        whereBefore.get(value),
                        whereAfter.get(value),
                        "Discriminator value " + value + " of " + at + " went from " + target + " to " + now + ".");
            }
        });
        after.forEach((value, target) -> {
            if (!before.containsKey(value)) {
                diff.report(
                        SchemaChangeKind.DISCRIMINATOR_MAPPING_ADDED,
                        "",
                        whereAfter.get(value),
                        "Discriminator value " + value + " of " + at + " (" + target + ") was added.");
            }
        });
    }
}
