package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import java.util.ArrayList;
import java.util.List;

/** {@code minItems}, {@code maxItems}, {@code uniqueItems}, {@code prefixItems}, {@code items}, {@code contains} with {@code minContains}/{@code maxContains}. */
final class ArrayKeywords {
    private final ModelBuilder b;

    ArrayKeywords(ModelBuilder b) {
        this.b = b;
    }

    void arrayChecks(
            ClassContext cls,
            String pointer,
            JsonNode schema,
            String context,
            String methodBase,
            List<Check> out,
            boolean validation) {
        if (validation) {
            for (String keyword : List.of("minItems", "maxItems")) {
                Integer bound = b.nonNegativeInt(pointer, schema, keyword);
                if (bound != null) {
                    boolean min = keyword.equals("minItems");
                    out.add(new Check.Size(
                            keyword,
                            pointer + "/" + keyword,
                            min,
                            bound,
                            message(
                                    context,
                                    "Must have at " + (min ? "least " : "most ") + bound + " item"
                                            + (bound == 1 ? "" : "s") + ".")));
                }
            }
            JsonNode unique = schema.get("uniqueItems");
            if (unique != null) {
                if (!unique.isBoolean()) {
                    b.problem(pointer + "/uniqueItems", "uniqueItems must be a boolean.");
                } else if (unique.booleanValue()) {
                    out.add(new Check.UniqueItems(pointer + "/uniqueItems", message(context, "Items must be unique.")));
                }
            }
        }
        int prefix = 0;
        JsonNode prefixItems = b.openApi30 ? null : schema.get("prefixItems");
        if (prefixItems != null) {
            if (!prefixItems.isArray() || prefixItems.isEmpty()) {
                b.problem(pointer + "/prefixItems", "prefixItems must be a non-empty array of schemas.");
            } else {
                List<Target> targets = new ArrayList<>();
                for (int i = 0; i < prefixItems.size(); i++) {
                    targets.add(b.schemaNode(
                            cls,
                            pointer + "/prefixItems/" + i,
                            prefixItems.get(i),
                            context,
                            methodBase + "Prefix" + i,
                            true));
                }
                prefix = prefixItems.size();
                out.add(new Check.PrefixItems(targets));
                b.unevaluatedKeywords.evaluatedItems(out, prefix);
            }
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            if (items.isArray()) {
                b.problem(pointer + "/items", "The array form of items is not JSON Schema 2020-12; use prefixItems.");
            } else if (prefix == 0) {
                Target target = b.schemaNode(cls, pointer + "/items", items, context, methodBase + "Items", false);
                if (target != null) {
                    out.add(new Check.Items(target));
                }
                b.unevaluatedKeywords.evaluatedItems(out, -1);
            } else {
                boolean never = items.isBoolean() && !items.booleanValue();
                Target target = never
                        ? null
                        : b.schemaNode(cls, pointer + "/items", items, context, methodBase + "Items", true);
                out.add(new Check.ItemsFrom(
                        prefix,
                        target,
                        pointer + "/items",
                        message(context, "No item is allowed after the first " + prefix + " (items is false).")));
                b.unevaluatedKeywords.evaluatedItems(out, -1);
            }
        }
        JsonNode contains = b.openApi30 ? null : schema.get("contains");
        if (contains != null) {
            Integer min = validation ? b.nonNegativeInt(pointer, schema, "minContains") : null;
            Integer max = validation ? b.nonNegativeInt(pointer, schema, "maxContains") : null;
            int minimum = min == null ? 1 : min;
            Target target = b.schemaNode(cls, pointer + "/contains", contains, context, methodBase + "Contains", true);
            out.add(new Check.Contains(
                    target,
                    minimum,
                    max == null ? -1 : max,
                    pointer + "/contains",
                    pointer + "/minContains",
                    pointer + "/maxContains",
                    message(
                            context,
                            minimum == 1
                                    ? "Must contain at least one item that matches the contains schema."
                                    : "Must contain at least " + minimum + " items that match the contains schema."),
                    message(context, "Must contain at most " + max + " items that match the contains schema.")));
        }
    }
}
