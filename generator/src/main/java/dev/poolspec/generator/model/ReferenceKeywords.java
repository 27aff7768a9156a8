package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import dev.poolspec.generator.read.ReadException;

/** {@code $ref} and {@code $dynamicRef}: resolved by the read stage, applied through the method of the target location. */
final class ReferenceKeywords {
    private final ModelBuilder b;

    ReferenceKeywords(ModelBuilder b) {
        this.b = b;
    }

    Target schemaRef(ClassContext cls, String pointer, String schemaLocation, JsonNode ref) {
        if (!ref.isTextual()) {
            b.problem(pointer, "$ref must be a string.");
            return null;
        }
        try {
            String location = b.docs.resolve(schemaLocation, ref.asText());
            return b.refTarget(location, cls.mode);
        } catch (ReadException | IllegalArgumentException e) {
            b.problem(pointer, "Unresolvable $ref '" + ref.asText() + "': " + e.getMessage());
            return null;
        }
    }

    Check dynamicRef(ClassContext cls, String pointer, JsonNode ref) {
        if (!ref.isTextual()) {
            b.problem(pointer + "/$dynamicRef", "$dynamicRef must be a string.");
            return new Check.Apply(new Target(null, "never", 0));
        }
        String text = ref.asText();
        try {
            String location = b.docs.resolve(pointer, text);
            Target initial = b.refTarget(location, cls.mode);
            int hash = text.indexOf('#');
            String name = hash < 0 ? "" : text.substring(hash + 1);
            if (!name.isEmpty() && !name.startsWith("/") && b.docs.dynamicAnchorAt(location, name) != null) {
                b.dynamicNames.add(name);
                return new Check.DynamicApply(name, initial);
            }
            return new Check.Apply(initial);
        } catch (ReadException | IllegalArgumentException e) {
            b.problem(pointer + "/$dynamicRef", "Unresolvable $dynamicRef '" + text + "': " + e.getMessage());
            return new Check.Apply(new Target(null, "check", 0));
        }
    }
}
