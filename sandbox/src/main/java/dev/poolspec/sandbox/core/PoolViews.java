package dev.poolspec.sandbox.core;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shape of a pool view ({@code Pool}) that creation ({@link NewPools}), change ({@link PoolChanges}) and
 * the operations ({@link PoolService}) share: how a pool is assembled and how its parts are read.
 */
final class PoolViews {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String RUNNING = "Running";
    static final String DELETING = "Deleting";

    private PoolViews() {}

    /** A {@code Pool} of these parts (shared, not copied: stored trees are never modified). */
    static ObjectNode pool(ObjectNode metadata, ObjectNode spec, ObjectNode status) {
        ObjectNode pool = NODES.objectNode();
        pool.put("kind", "Pool");
        pool.put("apiVersion", "v2");
        pool.set("metadata", metadata);
        pool.set("spec", spec);
        pool.set("status", status);
        return pool;
    }

    /** One {@code PoolResourceFlavorCount} per resource of the spec: all its nodes in one stage. */
    static ArrayNode flavorCounts(ObjectNode spec) {
        ArrayNode counts = NODES.arrayNode();
        for (JsonNode resource : spec.get("resources")) {
            ObjectNode count = counts.addObject();
            count.set("flavor", resource.path("flavor").deepCopy());
            count.set("count", resource.path("count").deepCopy());
            if (resource.has("maxCount")) {
                count.set("maxCount", resource.get("maxCount").deepCopy());
            }
            if (resource.path("azs").isArray()) {
                count.set("azs", resource.get("azs").deepCopy());
            }
        }
        return counts;
    }

    /** A resource without {@code maxCount} gets {@code maxCount = count}, at creation and on an update alike. */
    static void fillMaxCount(ObjectNode spec) {
        if (spec.path("resources").isArray()) {
            for (JsonNode resource : spec.get("resources")) {
                if (resource instanceof ObjectNode r
                        && !r.has("maxCount")
                        && r.path("count").isNumber()) {
                    r.set("maxCount", r.get("count"));
                }
            }
        }
    }

    static String phaseOf(JsonNode pool) {
        return string(pool.path("status").path("phase"));
    }

    static String parentOf(JsonNode pool) {
        return string(pool.path("status").path("parent"));
    }

    static boolean isLogical(JsonNode spec) {
        return "Logical".equals(string(spec.path("type")));
    }

    static String string(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    static ObjectNode objectOrEmpty(JsonNode node) {
        return node instanceof ObjectNode object ? object : NODES.objectNode();
    }

    /** A timestamp as the API reports it: ISO-8601 UTC, whole seconds. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
