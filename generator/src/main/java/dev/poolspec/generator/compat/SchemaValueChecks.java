package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keywords about the value itself: type and null, enum and const, numeric bounds, string limits, pattern, format. */
final class SchemaValueChecks implements SchemaDiff.Checks {
    private static final List<String> ALL_TYPES =
            List.of("string", "number", "integer", "boolean", "array", "object", "null");

    @Override
    public void compare(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        types(diff, path, base, revision);
        enums(diff, path, base, revision);
        constants(diff, path, base, revision);
        SchemaBounds.compare(diff, path, base, revision);
        multipleOf(diff, path, base, revision);
        SchemaCounts.compareMinimum(
                diff,
                path,
                base,
                revision,
                "minLength",
                0,
                SchemaChangeKind.MIN_LENGTH_INCREASED,
                SchemaChangeKind.MIN_LENGTH_DECREASED);
        SchemaCounts.compareMaximum(
                diff,
                path,
                base,
                revision,
                "maxLength",
                SchemaChangeKind.MAX_LENGTH_DECREASED,
                SchemaChangeKind.MAX_LENGTH_INCREASED);
        patterns(diff, path, base, revision);
        format(diff, path, base, revision);
        access(
                diff,
                path,
                base,
                revision,
                "readOnly",
                SchemaChangeKind.BECAME_READ_ONLY,
                SchemaChangeKind.NO_LONGER_READ_ONLY);
        access(
                diff,
                path,
                base,
                revision,
                "writeOnly",
                SchemaChangeKind.BECAME_WRITE_ONLY,
                SchemaChangeKind.NO_LONGER_WRITE_ONLY);
    }

    /** The types a view accepts: the intersection over its parts (integer within number); null included or not. */
    static Set<String> types(SchemaView view) {
        Set<String> accepted = null;
        for (SchemaView.Found found : view.all("type")) {
            Set<String> named = new LinkedHashSet<>();
            if (found.value().isTextual()) {
                named.add(found.value().asText());
            } else {
                found.value().forEach(t -> named.add(t.asText()));
            }
            accepted = accepted == null ? named : intersect(accepted, named);
        }
        if (accepted == null) {
            accepted = new LinkedHashSet<>(ALL_TYPES);
            if (view.oas30) {
                accepted.remove("null");
            }
        }
        if (view.oas30 && view.flag("nullable")) {
            accepted.add("null");
        }
        return accepted;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>();
        a.stream().filter(t -> covers(b, t)).forEach(both::add);
        b.stream().filter(t -> covers(a, t)).forEach(both::add);
        return both;
    }

    private static boolean covers(Set<String> types, String type) {
        return types.contains(type) || type.equals("integer") && types.contains("number");
    }

    private static void types(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Set<String> before = types(base);
        Set<String> after = types(revision);
        boolean nullBefore = before.remove("null");
        boolean nullAfter = after.remove("null");
        boolean kept = before.stream().allMatch(t -> covers(after, t));
        boolean within = after.stream().allMatch(t -> covers(before, t));
        if (!kept || !within) {
            SchemaChangeKind kind = kept
                    ? SchemaChangeKind.TYPE_WIDENED
                    : within ? SchemaChangeKind.TYPE_NARROWED : SchemaChangeKind.TYPE_CHANGED;
            diff.report(
                    kind,
                    base.where("type"),
                    revision.where("type"),
                    "type of " + SchemaDiff.where(path) + " went from " + text(before) + " to " + text(after) + ".");
        }
        if (nullBefore != nullAfter) {
            String keyword = base.oas30 ? "nullable" : "type";
            diff.report(
                    nullAfter ? SchemaChangeKind.BECAME_NULLABLE : SchemaChangeKind.BECAME_NOT_NULLABLE,
                    base.where(keyword),
                    revision.where(revision.oas30 ? "nullable" : "type"),
                    SchemaDiff.where(path) + (nullAfter ? " may now be null." : " may no longer be null."));
        }
    }

    private static String text(Set<String> types) {
        if (types.size() == ALL_TYPES.size() - 1) {
            return "any";
        }
        return types.size() == 1 ? types.iterator().next() : types.toString();
    }

    /** Enum values by canonical text, with where each is; null when no part has an enum. */
    private static Map<String, String> enumValues(SchemaView view, Map<String, JsonNode> values) {
        Map<String, String> result = null;
        for (SchemaView.Found found : view.all("enum")) {
            Map<String, String> these = new LinkedHashMap<>();
            for (int i = 0; i < found.value().size(); i++) {
                String canonical = SchemaCanonical.value(found.value().get(i));
                these.putIfAbsent(canonical, found.location() + "/" + i);
                values.putIfAbsent(canonical, found.value().get(i));
            }
            if (result == null) {
                result = these;
            } else {
                result.keySet().retainAll(these.keySet());
            }
        }
        return result;
    }

    private static void enums(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, String> before = enumValues(base, values);
        Map<String, String> after = enumValues(revision, values);
        if (before == null && after == null) {
            return;
        }
        String at = SchemaDiff.where(path);
        if (before == null || after == null) {
            diff.report(
                    before == null ? SchemaChangeKind.ENUM_ADDED : SchemaChangeKind.ENUM_REMOVED,
                    base.where("enum"),
                    revision.where("enum"),
                    at
                            + (before == null
                                    ? " became an enum of " + shown(after, values) + "."
                                    : " is no longer an enum of " + shown(before, values) + "."));
            return;
        }
        for (Map.Entry<String, String> value : before.entrySet()) {
            if (!after.containsKey(value.getKey())) {
                diff.report(
                        SchemaChangeKind.ENUM_VALUE_REMOVED,
                        value.getValue(),
                        revision.where("enum"),
                        "enum of " + at + " lost the value " + values.get(value.getKey()) + ".");
            }
        }
        for (Map.Entry<String, String> value : after.entrySet()) {
            if (!before.containsKey(value.getKey())) {
                diff.report(
                        SchemaChangeKind.ENUM_VALUE_ADDED,
                        base.where("enum"),
                        value.getValue(),
                        "enum of " + at + " gained the value " + values.get(value.getKey()) + ".");
            }
        }
    }

    private static String shown(Map<String, String> enumValues, Map<String, JsonNode> values) {
        List<String> shown = new ArrayList<>();
        enumValues.keySet().forEach(k -> shown.add(values.get(k).toString()));
        return shown.toString();
    }

    private static void constants(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        SchemaView.Found before = base.first("const");
        SchemaView.Found after = revision.first("const");
        if (before == null && after == null) {
            return;
        }
        SchemaChangeKind kind;
        if (before == null) {
            kind = SchemaChangeKind.CONST_ADDED;
        } else if (after == null) {
            kind = SchemaChangeKind.CONST_REMOVED;
        } else if (SchemaCanonical.value(before.value()).equals(SchemaCanonical.value(after.value()))) {
            return;
        } else {
            kind = SchemaChangeKind.CONST_CHANGED;
        }
        diff.report(
                kind,
                base.where("const"),
                revision.where("const"),
                "const of " + SchemaDiff.where(path) + " went from " + (before == null ? "none" : before.value())
                        + " to " + (after == null ? "none" : after.value()) + ".");
    }

    private static void multipleOf(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        SchemaView.Found before = base.first("multipleOf");
        SchemaView.Found after = revision.first("multipleOf");
        BigDecimal from = before == null || !before.value().isNumber()
                ? null
                : before.value().decimalValue();
        BigDecimal to = after == null || !after.value().isNumber()
                ? null
                : after.value().decimalValue();
        if (from == null && to == null || from != null && to != null && from.compareTo(to) == 0) {
            return;
        }
        SchemaChangeKind kind;
        if (from == null || to != null && divides(from, to)) {
            kind = SchemaChangeKind.MULTIPLE_OF_NARROWED;
        } else if (to == null || divides(to, from)) {
            kind = SchemaChangeKind.MULTIPLE_OF_WIDENED;
        } else {
            kind = SchemaChangeKind.MULTIPLE_OF_CHANGED;
        }
        diff.report(
                kind,
                base.where("multipleOf"),
                revision.where("multipleOf"),
                "multipleOf of " + SchemaDiff.where(path) + " went from " + plain(from) + " to " + plain(to) + ".");
    }

    /** Whether {@code multiple} is an integer multiple of {@code divisor}. */
    private static boolean divides(BigDecimal divisor, BigDecimal multiple) {
        return divisor.signum() != 0 && multiple.remainder(divisor).signum() == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }

    private static Set<String> strings(SchemaView view, String keyword) {
        Set<String> values = new LinkedHashSet<>();
        view.all(keyword).forEach(f -> values.add(f.value().asText()));
        return values;
    }

    private static void patterns(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Set<String> before = strings(base, "pattern");
        Set<String> after = strings(revision, "pattern");
        if (before.equals(after)) {
            return;
        }
        SchemaChangeKind kind = after.containsAll(before)
                ? SchemaChangeKind.PATTERN_ADDED
                : before.containsAll(after) ? SchemaChangeKind.PATTERN_REMOVED : SchemaChangeKind.PATTERN_CHANGED;
        diff.report(
                kind,
                base.where("pattern"),
                revision.where("pattern"),
                "pattern of " + SchemaDiff.where(path) + " went from " + listed(before) + " to " + listed(after) + ".");
    }

    private static String listed(Set<String> values) {
        return values.isEmpty()
                ? "none"
                : values.size() == 1 ? values.iterator().next() : values.toString();
    }

    private static void format(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Set<String> before = strings(base, "format");
        Set<String> after = strings(revision, "format");
        if (before.equals(after)) {
            return;
        }
        SchemaChangeKind kind = before.isEmpty()
                ? SchemaChangeKind.FORMAT_ADDED
                : after.isEmpty() ? SchemaChangeKind.FORMAT_REMOVED : SchemaChangeKind.FORMAT_CHANGED;
        diff.report(
                kind,
                base.where("format"),
                revision.where("format"),
                "format of " + SchemaDiff.where(path) + " went from " + listed(before) + " to " + listed(after) + ".");
    }

    private static void access(
            SchemaDiff diff,
            String path,
            SchemaView base,
            SchemaView revision,
            String keyword,
            SchemaChangeKind became,
            SchemaChangeKind noLonger) {
        boolean before = base.flag(keyword);
        boolean after = revision.flag(keyword);
        if (before != after) {
            diff.report(
                    after ? became : noLonger,
                    base.where(keyword),
                    revision.where(keyword),
                    SchemaDiff.where(path) + (after ? " became " : " is no longer ") + keyword + ".");
        }
    }
}
