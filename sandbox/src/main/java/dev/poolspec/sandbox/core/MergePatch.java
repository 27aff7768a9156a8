package dev.poolspec.sandbox.core;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** RFC 7396 JSON merge patch, the semantics of {@code updatePool}'s body. */
final class MergePatch {

    private MergePatch() {}

    /**
     * Merge patch of {@code patch} onto {@code target} (a new tree; neither argument is changed): members of an
     * object patch merge into the target object (null removes), anything else replaces the target.
     */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), apply(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /**
     * Merges a patch of labels or annotations into {@code metadata.<member>}; the {@code fixed} keys keep their
     * value (the spec refuses patches of them; this keeps the sandbox right behind a validation that does not).
     */
    static void applyToMap(ObjectNode metadata, String member, JsonNode patch, Set<String> fixed) {
        if (patch == null || !patch.isObject()) {
            return;
        }
        JsonNode old = metadata.path(member);
        ObjectNode merged = (ObjectNode) apply(old, patch);
        for (String key : fixed) {
            if (old.has(key)) {
                merged.set(key, old.get(key).deepCopy());
            } else {
                merged.remove(key);
            }
        }
        metadata.set(member, merged);
    }
}
