package dev.poolspec.generator;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Objects;

/**
 * The output of the parse stage: Swagger Parser's model and the document tree it was read from.
 *
 * @param displayName how problems name the spec (a path, or coordinates plus the entry inside a jar)
 * @param fileName the spec's file name, for the generated {@code @Generated} comment
 * @param parserProblems Swagger Parser's messages (the model stage adds its own problems to these)
 */
public record ParsedSpec(String displayName, String fileName, OpenAPI openApi, JsonNode document,
        List<SpecProblem> parserProblems) {
    public ParsedSpec {
        parserProblems = List.copyOf(parserProblems);
        Objects.requireNonNull(displayName, "displayName == null");
        Objects.requireNonNull(fileName, "fileName == null");
        Objects.requireNonNull(openApi, "openApi == null");
        Objects.requireNonNull(document, "document == null");
    }
}
