package dev.poolspec.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.SpecProblem;
import dev.poolspec.generator.model.Names;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swagger Parser's view of the root document. Its messages are warnings: it flags documents that OpenAPI 3.1
 * allows (an operation without {@code responses}) and cannot see into other files, while the model stage checks
 * every schema and reference itself.
 */
public final class SpecReader {
    private SpecReader() {}

    /**
     * Swagger Parser's messages on the root document, deserialised from the tree the read stage already parsed (so
     * the text is not parsed a second time).
     */
    public static List<SpecProblem> parserWarnings(JsonNode root, boolean openApi31) {
        List<SpecProblem> warnings = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIDeserializer().deserialize(root, null, options);
        if (result.getMessages() != null) {
            for (String message : result.getMessages()) {
                if (openApi31 && message.endsWith("responses is missing")) {
                    continue; // OpenAPI 3.1 made responses optional
                }
                warnings.add(new SpecProblem(pointerOf(message), "Swagger Parser: " + message));
            }
        }
        return warnings;
    }

    private static final Pattern LOCATION =
            Pattern.compile("^(?:attribute )?((?:[^ .']+|'[^']*')(?:\\.(?:[^ .']+|'[^']*'))*)");

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
