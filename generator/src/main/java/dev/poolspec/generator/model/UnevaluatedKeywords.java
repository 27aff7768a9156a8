package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import java.util.List;

/** {@code unevaluatedItems} and {@code unevaluatedProperties}, and the records of evaluated members they need. */
final class UnevaluatedKeywords {
    private final ModelBuilder b;

    UnevaluatedKeywords(ModelBuilder b) {
        this.b = b;
    }

    void evaluatedItems(List<Check> out, int count) {
        if (b.markEvaluated) {
            out.add(new Check.EvaluatedItems(count));
        }
    }

    /** {@code unevaluatedItems}/{@code unevaluatedProperties}; true when the node keeps its own evaluation record. */
    boolean unevaluated(
            ClassContext cls,
            String pointer,
            JsonNode schema,
            String context,
            String methodBase,
            List<Check> arrays,
            List<Check> objects) {
        if (b.openApi30) {
            return false;
        }
        boolean own = false;
        JsonNode items = schema.get("unevaluatedItems");
        if (items != null) {
            Target target = items.isBoolean() && !items.booleanValue()
                    ? null
                    : b.schemaNode(
                            cls, pointer + "/unevaluatedItems", items, context, methodBase + "UnevaluatedItems", true);
            arrays.add(new Check.UnevaluatedItems(
                    target,
                    pointer + "/unevaluatedItems",
                    message(context, "Item is not allowed here (unevaluatedItems is false).")));
            own = true;
        }
        JsonNode properties = schema.get("unevaluatedProperties");
        if (properties != null) {
            Target target = properties.isBoolean() && !properties.booleanValue()
                    ? null
                    : b.schemaNode(
                            cls,
                            pointer + "/unevaluatedProperties",
                            properties,
                            context,
                            methodBase + "UnevaluatedProperties",
                            true);
            objects.add(new Check.UnevaluatedProperties(
                    target,
                    pointer + "/unevaluatedProperties",
                    message(context, "Property is not allowed here (unevaluatedProperties is false).")));
            own = true;
        }
        b.tracksEvaluation |= own;
        return own;
    }
}
