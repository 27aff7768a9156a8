package dev.poolspec.generator;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** First stage: reads the spec text with Swagger Parser; every parser message is a problem. */
final class SpecReader {
    private SpecReader() {}

    static ParsedSpec read(String displayName, String fileName, String content) throws InvalidSpecException {
        List<SpecProblem> problems = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(content, null, options);
        if (result.getMessages() != null) {
            for (String message : result.getMessages()) {
                problems.add(new SpecProblem(pointerOf(message), "Swagger Parser: " + message));
            }
        }
        JsonNode document = null;
        try {
            document = Yaml.mapper().readTree(content);
        } catch (Exception e) {
            problems.add(new SpecProblem("#", "Not valid YAML or JSON: " + e.getMessage()));
        }
        if (result.getOpenAPI() == null || document == null || !document.isObject()) {
            if (problems.isEmpty()) {
                problems.add(new SpecProblem("#", "Not an OpenAPI document."));
            }
            throw new InvalidSpecException(displayName, problems);
        }
        String version = document.path("openapi").asText("");
        if (!version.startsWith("3.1.")) {
            throw new InvalidSpecException(displayName, List.of(new SpecProblem("#/openapi", "OpenAPI version '"
                    + version + "' is not supported: poolspec-maven-plugin reads OpenAPI 3.1 (JSON Schema 2020-12)"
                    + " documents.")));
        }
        return new ParsedSpec(displayName, fileName, result.getOpenAPI(), document, problems);
    }

    private static final Pattern LOCATION = Pattern.compile("^(?:attribute )?((?:[^ .']+|'[^']*')(?:\\.(?:[^ .']+|'[^']*'))*)");

    /**
     * Best-effort JSON pointer for a Swagger Parser message, whose location is a dotted path such as
     * {@code attribute components.schemas.Thing.items} or {@code paths.'/a/{id}'}; {@code #} when there is none.
     */
    static String pointerOf(String message) {
        Matcher matcher = LOCATION.matcher(message);
        if (!matcher.find() || !matcher.group(1).contains(".")) {
            return "#";
        }
        StringBuilder pointer = new StringBuilder("#");
        Matcher part = Pattern.compile("'([^']*)'|([^.']+)").matcher(matcher.group(1));
        while (part.find()) {
            String segment = part.group(1) != null ? part.group(1) : part.group(2);
            pointer.append('/').append(Names.escape(segment));
        }
        return pointer.toString();
    }
}
