package dev.poolspec.generator;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The {@code schemaMappings} of a mojo: those of the POM plus those of the user property
 * {@code poolspec.schemaMappings} (comma-separated {@code prefix=path} pairs), targets resolved against the
 * project's base directory.
 */
public final class SchemaMappings {
    /** The user property read for the mappings (Maven cannot turn a string into a map by itself). */
    public static final String PROPERTY = "poolspec.schemaMappings";

    private SchemaMappings() {}

    public static Map<String, Path> resolve(Properties fromPom, String fromProperty, Path basedir)
            throws MojoFailureException {
        Map<String, String> raw = new TreeMap<>();
        if (fromPom != null) {
            for (String prefix : fromPom.stringPropertyNames()) {
                raw.put(prefix, fromPom.getProperty(prefix));
            }
        }
        if (fromProperty != null) {
            for (String pair : fromProperty.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int split = pair.lastIndexOf('=');
                if (split <= 0) {
                    throw new MojoFailureException(
                            PROPERTY + ": '" + pair.trim() + "' is not prefix=path (pairs are separated by commas).");
                }
                raw.put(
                        pair.substring(0, split).trim(),
                        pair.substring(split + 1).trim());
            }
        }
        Map<String, Path> mappings = new TreeMap<>();
        for (Map.Entry<String, String> mapping : raw.entrySet()) {
            String prefix = mapping.getKey().trim();
            String target = mapping.getValue() == null ? "" : mapping.getValue().trim();
            if (prefix.isEmpty() || target.isEmpty()) {
                throw new MojoFailureException("schemaMappings: '" + prefix + "' → '" + target
                        + "': both the URI prefix and the file or folder must be given.");
            }
            Path path;
            try {
                path = basedir.resolve(target).normalize();
            } catch (InvalidPathException e) {
                throw new MojoFailureException(
                        "schemaMappings: " + prefix + " → '" + target + "' is not a valid path: " + e.getMessage(), e);
            }
            if (!Files.exists(path)) {
                throw new MojoFailureException("schemaMappings: " + prefix + " → " + path + ", which does not exist.");
            }
            mappings.put(prefix, path);
        }
        return mappings;
    }
}
