package dev.poolspec.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What one generation produced: the sources in a fixed order, every local file that was read (for up-to-date
 * checks), and the warnings (for example keywords that are neither JSON Schema nor OpenAPI, when they do not fail).
 */
public record GenerationResult(List<GeneratedFile> files, List<Path> inputs, List<SpecProblem> warnings) {
    public GenerationResult {
        files = List.copyOf(files);
        inputs = List.copyOf(inputs);
        warnings = List.copyOf(warnings);
    }
}
