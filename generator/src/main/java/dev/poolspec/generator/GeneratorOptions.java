package dev.poolspec.generator;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * How to generate.
 *
 * @param packageName the package of the generated classes (a valid Java package name)
 * @param schemaMappings URI prefix → local file or folder: a {@code $ref} (or {@code $schema}) to a URL that starts
 *     with a prefix is read from the mapped file, or from the folder joined with the rest of the URL. The generator
 *     never fetches from the network; a URL without mapping is a problem that names it.
 * @param formatAssertion true: {@code format} values are asserted (what OpenAPI users expect); false: they are
 *     annotations only (the JSON Schema 2020-12 default)
 * @param failOnUnknownKeywords true: a schema keyword that is neither JSON Schema, OpenAPI nor {@code x-…} is a
 *     problem (a typo such as {@code minLenght} must not pass silently); false: it is a warning
 */
public record GeneratorOptions(
        String packageName, Map<String, Path> schemaMappings, boolean formatAssertion, boolean failOnUnknownKeywords) {

    public GeneratorOptions {
        Objects.requireNonNull(packageName, "packageName == null");
        for (String part : packageName.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
                throw new IllegalArgumentException("not a valid Java package name: " + packageName);
            }
        }
        schemaMappings = Map.copyOf(new TreeMap<>(Objects.requireNonNull(schemaMappings, "schemaMappings == null")));
    }

    /** Format assertion on, unknown keywords fail, no URL mappings. */
    public static GeneratorOptions defaults(String packageName) {
        return new GeneratorOptions(packageName, Map.of(), true, true);
    }

    public GeneratorOptions withSchemaMappings(Map<String, Path> mappings) {
        return new GeneratorOptions(packageName, mappings, formatAssertion, failOnUnknownKeywords);
    }

    public GeneratorOptions withFormatAssertion(boolean assertFormats) {
        return new GeneratorOptions(packageName, schemaMappings, assertFormats, failOnUnknownKeywords);
    }

    public GeneratorOptions withFailOnUnknownKeywords(boolean fail) {
        return new GeneratorOptions(packageName, schemaMappings, formatAssertion, fail);
    }
}
