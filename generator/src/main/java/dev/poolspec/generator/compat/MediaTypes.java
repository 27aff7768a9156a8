package dev.poolspec.generator.compat;

import dev.poolspec.generator.read.ReadException;
import java.util.Map;

/**
 * Compares the {@code content} maps of a request body or response: media types removed and added, and the schema
 * of each media type both have, in the direction the data flows.
 */
final class MediaTypes {
    private final ApiSpec base;
    private final ApiSpec revision;
    private final Reporter reporter;
    private final SchemaComparison schemas;

    MediaTypes(ApiSpec base, ApiSpec revision, Reporter reporter, SchemaComparison schemas) {
        this.base = base;
        this.revision = revision;
        this.reporter = reporter;
        this.schemas = schemas;
    }

    /** Compares {@code <before>/content} with {@code <after>/content}; {@code what} names the object in messages. */
    void compare(String before, String after, String what, Direction direction, Rule removed, Rule added)
            throws ReadException {
        Map<String, String> old = base.members(before + "/content");
        Map<String, String> now = revision.members(after + "/content");
        for (Map.Entry<String, String> media : old.entrySet()) {
            String is = now.get(media.getKey());
            if (is == null) {
                reporter.report(
                        removed,
                        media.getValue(),
                        null,
                        "The " + what + " no longer has media type " + media.getKey() + " (now " + now.keySet() + ").");
            } else {
                String oldSchema = media.getValue() + "/schema";
                String newSchema = is + "/schema";
                if (base.node(oldSchema).isObject() && revision.node(newSchema).isObject()
                        || base.node(oldSchema).isBoolean()
                                && revision.node(newSchema).isBoolean()) {
                    schemas.compare(reporter.operation(), direction, oldSchema, newSchema);
                }
            }
        }
        for (Map.Entry<String, String> media : now.entrySet()) {
            if (!old.containsKey(media.getKey())) {
                reporter.report(
                        added,
                        null,
                        media.getValue(),
                        "The " + what + " has the new media type " + media.getKey() + " (was " + old.keySet() + ").");
            }
        }
    }
}
