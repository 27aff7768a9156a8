package dev.poolspec.generator.compat;

import java.util.Objects;

/**
 * One kind of change the gate reports, with a stable id. The id never changes once released: ignore files and CI
 * dashboards refer to it.
 *
 * @param id stable id, lower-case words joined by hyphens, e.g. {@code request-property-became-required}
 * @param level how much it matters
 * @param direction where it is found
 * @param family the group it belongs to in the docs (paths, parameters, request bodies, responses, security,
 *     schemas, conditionals)
 * @param summary one sentence for the rule table
 * @param before a two-line example: the base
 * @param after the same example in the revision
 */
public record Rule(
        String id, Level level, Direction direction, String family, String summary, String before, String after) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule ids are lower-case words joined by hyphens: " + id);
        }
    }
}
