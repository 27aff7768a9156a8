package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Array keywords: items and prefixItems (compared as schemas), contains, counts, uniqueness. */
final class SchemaArrayChecks implements SchemaDiff.Checks {

    @Override
    public void compare(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        diff.compare(path + "/[]", base.sub(base.subschemas("items")), revision.sub(revision.subschemas("items")));
        prefixItems(diff, path, base, revision);
        diff.compare(
                path + "/(unevaluatedItems)",
                base.sub(base.subschemas("unevaluatedItems")),
                revision.sub(revision.subschemas("unevaluatedItems")));
        SchemaCounts.compareMinimum(
                diff,
                path,
                base,
                revision,
                "minItems",
                0,
                SchemaChangeKind.MIN_ITEMS_INCREASED,
                SchemaChangeKind.MIN_ITEMS_DECREASED);
        SchemaCounts.compareMaximum(
                diff,
                path,
                base,
                revision,
                "maxItems",
                SchemaChangeKind.MAX_ITEMS_DECREASED,
                SchemaChangeKind.MAX_ITEMS_INCREASED);
        uniqueItems(diff, path, base, revision);
        contains(diff, path, base, revision);
    }

    private static void prefixItems(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        SchemaView.Found before = base.first("prefixItems");
        SchemaView.Found after = revision.first("prefixItems");
        int sizeBefore = size(before);
        int sizeAfter = size(after);
        for (int i = 0; i < Math.max(sizeBefore, sizeAfter); i++) {
            String at = path + "/[" + i + "]";
            if (i < sizeBefore && i < sizeAfter) {
                diff.compare(
                        at,
                        base.sub(List.of(before.location() + "/" + i)),
                        revision.sub(List.of(after.location() + "/" + i)));
            } else if (i < sizeAfter) {
                diff.report(
                        SchemaChangeKind.PREFIX_ITEM_ADDED,
                        "",
                        after.location() + "/" + i,
                        "Item " + at + " gained a schema (prefixItems).");
            } else {
                diff.report(
                        SchemaChangeKind.PREFIX_ITEM_REMOVED,
                        before.location() + "/" + i,
                        "",
                        "Item " + at + " lost its schema (prefixItems).");
            }
        }
    }

    private static int size(SchemaView.Found found) {
        JsonNode value = found == null ? null : found.value();
        return value != null && value.isArray() ? value.size() : 0;
    }

    private static void uniqueItems(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        boolean before = base.flag("uniqueItems");
        boolean after = revision.flag("uniqueItems");
        if (before != after) {
            diff.report(
                    after ? SchemaChangeKind.UNIQUE_ITEMS_ADDED : SchemaChangeKind.UNIQUE_ITEMS_REMOVED,
                    base.where("uniqueItems"),
                    revision.where("uniqueItems"),
                    "Items of " + SchemaDiff.where(path)
                            + (after ? " must be unique now." : " need no longer be unique."));
        }
    }

    private static void contains(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        List<String> before = base.subschemas("contains");
        List<String> after = revision.subschemas("contains");
        if (before.isEmpty() != after.isEmpty()) {
            diff.report(
                    before.isEmpty() ? SchemaChangeKind.CONTAINS_ADDED : SchemaChangeKind.CONTAINS_REMOVED,
                    before.isEmpty() ? "" : before.get(0),
                    after.isEmpty() ? "" : after.get(0),
                    "contains of " + SchemaDiff.where(path) + (before.isEmpty() ? " was added." : " was removed."));
            return;
        }
        if (before.isEmpty()) {
            return;
        }
        diff.compare(path + "/(contains)", base.sub(before), revision.sub(after));
        SchemaCounts.compareMinimum(
                diff,
                path,
                base,
                revision,
                "minContains",
                1,
                SchemaChangeKind.MIN_CONTAINS_INCREASED,
                SchemaChangeKind.MIN_CONTAINS_DECREASED);
        SchemaCounts.compareMaximum(
                diff,
                path,
                base,
                revision,
                "maxContains",
                SchemaChangeKind.MAX_CONTAINS_DECREASED,
                SchemaChangeKind.MAX_CONTAINS_INCREASED);
    }
}
