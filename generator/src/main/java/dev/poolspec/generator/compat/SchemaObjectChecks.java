package dev.poolspec.generator.compat;

import dev.poolspec.generator.read.Documents;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Object keywords: properties and required, additional and pattern properties, property names, counts. */
final class SchemaObjectChecks implements SchemaDiff.Checks {

    @Override
    public void compare(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        properties(diff, path, base, revision);
        additionalProperties(diff, path, base, revision);
        patternProperties(diff, path, base, revision);
        propertyNames(diff, path, base, revision);
        diff.compare(
                path + "/(unevaluatedProperties)",
                base.sub(base.subschemas("unevaluatedProperties")),
                revision.sub(revision.subschemas("unevaluatedProperties")));
        SchemaCounts.compareMinimum(
                diff,
                path,
                base,
                revision,
                "minProperties",
                0,
                SchemaChangeKind.MIN_PROPERTIES_INCREASED,
                SchemaChangeKind.MIN_PROPERTIES_DECREASED);
        SchemaCounts.compareMaximum(
                diff,
                path,
                base,
                revision,
                "maxProperties",
                SchemaChangeKind.MAX_PROPERTIES_DECREASED,
                SchemaChangeKind.MAX_PROPERTIES_INCREASED);
    }

    static Set<String> required(SchemaView view) {
        Set<String> names = new LinkedHashSet<>();
        view.all("required").forEach(f -> f.value().forEach(n -> names.add(n.asText())));
        return names;
    }

    /** Whether unknown properties are refused (additionalProperties or unevaluatedProperties false). */
    private static boolean closed(SchemaView view) {
        return view.sub(view.subschemas("additionalProperties")).isFalse()
                || view.sub(view.subschemas("unevaluatedProperties")).isFalse();
    }

    private static void properties(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Map<String, List<String>> before = base.members("properties");
        Map<String, List<String>> after = revision.members("properties");
        Set<String> requiredBefore = required(base);
        Set<String> requiredAfter = required(revision);
        Set<String> told = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> property : before.entrySet()) {
            String name = property.getKey();
            String at = path + "/" + Documents.escape(name);
            List<String> kept = after.get(name);
            if (kept != null) {
                diff.compare(at, base.sub(property.getValue()), revision.sub(kept));
                continue;
            }
            told.add(name);
            String location = property.getValue().get(0);
            if (diff.direction == Direction.REQUEST) {
                boolean closed = closed(revision);
                diff.report(
                        closed
                                ? SchemaChangeKind.PROPERTY_REMOVED_FROM_CLOSED_OBJECT
                                : SchemaChangeKind.PROPERTY_REMOVED,
                        location,
                        "",
                        "Property " + at + " was removed" + (closed ? " and is refused now." : "."));
            } else {
                boolean wasRequired = requiredBefore.contains(name);
                diff.report(
                        wasRequired ? SchemaChangeKind.REQUIRED_PROPERTY_REMOVED : SchemaChangeKind.PROPERTY_REMOVED,
                        location,
                        "",
                        (wasRequired ? "Required property " : "Property ") + at + " was removed.");
            }
        }
        for (Map.Entry<String, List<String>> property : after.entrySet()) {
            String name = property.getKey();
            if (before.containsKey(name)) {
                continue;
            }
            String at = path + "/" + Documents.escape(name);
            boolean newlyRequired = requiredAfter.contains(name) && !requiredBefore.contains(name);
            told.add(name);
            diff.report(
                    newlyRequired ? SchemaChangeKind.REQUIRED_PROPERTY_ADDED : SchemaChangeKind.PROPERTY_ADDED,
                    "",
                    property.getValue().get(0),
                    (newlyRequired ? "Required property " : "Property ") + at + " was added.");
        }
        for (String name : requiredAfter) {
            if (!requiredBefore.contains(name) && !told.contains(name)) {
                diff.report(
                        SchemaChangeKind.PROPERTY_BECAME_REQUIRED,
                        base.where("required"),
                        revision.where("required"),
                        "Property " + path + "/" + Documents.escape(name) + " became required.");
            }
        }
        for (String name : requiredBefore) {
            if (!requiredAfter.contains(name) && !told.contains(name)) {
                diff.report(
                        SchemaChangeKind.PROPERTY_BECAME_OPTIONAL,
                        base.where("required"),
                        revision.where("required"),
                        "Property " + path + "/" + Documents.escape(name) + " is no longer required.");
            }
        }
    }

    private static void additionalProperties(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        SchemaView before = base.sub(base.subschemas("additionalProperties"));
        SchemaView after = revision.sub(revision.subschemas("additionalProperties"));
        if (before.isFalse() == after.isFalse()) {
            diff.compare(path + "/*", before, after);
            return;
        }
        diff.report(
                after.isFalse()
                        ? SchemaChangeKind.ADDITIONAL_PROPERTIES_CLOSED
                        : SchemaChangeKind.ADDITIONAL_PROPERTIES_OPENED,
                base.where("additionalProperties"),
                revision.where("additionalProperties"),
                SchemaDiff.where(path)
                        + (after.isFalse()
                                ? " no longer allows unknown properties."
                                : " allows unknown properties now."));
    }

    private static void patternProperties(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Map<String, List<String>> before = base.members("patternProperties");
        Map<String, List<String>> after = revision.members("patternProperties");
        for (Map.Entry<String, List<String>> entry : before.entrySet()) {
            List<String> kept = after.get(entry.getKey());
            if (kept != null) {
                diff.compare(path + "/{" + entry.getKey() + "}", base.sub(entry.getValue()), revision.sub(kept));
            } else {
                diff.report(
                        SchemaChangeKind.PATTERN_PROPERTIES_REMOVED,
                        entry.getValue().get(0),
                        "",
                        "patternProperties " + entry.getKey() + " of " + SchemaDiff.where(path) + " was removed.");
            }
        }
        for (Map.Entry<String, List<String>> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                diff.report(
                        SchemaChangeKind.PATTERN_PROPERTIES_ADDED,
                        "",
                        entry.getValue().get(0),
                        "patternProperties " + entry.getKey() + " of " + SchemaDiff.where(path) + " was added.");
            }
        }
    }

    private static void propertyNames(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        List<String> before = base.subschemas("propertyNames");
        List<String> after = revision.subschemas("propertyNames");
        if (before.isEmpty() != after.isEmpty()) {
            diff.report(
                    before.isEmpty() ? SchemaChangeKind.PROPERTY_NAMES_ADDED : SchemaChangeKind.PROPERTY_NAMES_REMOVED,
                    before.isEmpty() ? "" : before.get(0),
                    after.isEmpty() ? "" : after.get(0),
                    "propertyNames of " + SchemaDiff.where(path)
                            + (before.isEmpty() ? " was added." : " was removed."));
        } else {
            diff.compare(path + "/(propertyNames)", base.sub(before), revision.sub(after));
        }
    }
}
