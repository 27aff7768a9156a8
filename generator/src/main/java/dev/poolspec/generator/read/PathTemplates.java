package dev.poolspec.generator.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OpenAPI path templates ({@code /pets/{petId}}). */
public final class PathTemplates {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private PathTemplates() {}

    /**
     * The template with its variable names blanked: {@code /pets/{id}} and {@code /pets/{petId}} have one shape,
     * and OpenAPI says two such paths "MUST NOT exist as they are identical".
     */
    public static String shape(String path) {
        return VARIABLE.matcher(path).replaceAll("{}");
    }

    /** The names of a template's variables, in order. */
    public static List<String> names(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
