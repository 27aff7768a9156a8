package dev.poolspec.generator.compat;

import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.SpecProblem;
import dev.poolspec.generator.read.Documents;
import dev.poolspec.generator.read.ReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares a baseline spec with a revision: the entry point of the compatibility gate. */
public final class Compatibility {
    private Compatibility() {}

    /**
     * Every change from {@code baseline} to {@code revision}, both root files of OpenAPI 3.0 or 3.1 specs
     * (multi-file specs are followed through their {@code $ref}s; {@code schemaMappings} as for generation).
     *
     * @throws InvalidSpecException when a spec cannot be read or a reference not followed; it names the spec
     */
    public static CompatReport compare(Path baseline, Path revision, Map<String, Path> schemaMappings)
            throws InvalidSpecException {
        Documents base = open(baseline, schemaMappings);
        Documents current = open(revision, schemaMappings);
        List<Change> changes = new ArrayList<>();
        try {
            new ApiComparison(base, current, changes::add).compare();
        } catch (ReadException e) {
            throw new InvalidSpecException(baseline + " → " + revision, List.of(new SpecProblem("#", e.getMessage())));
        }
        return CompatReport.of(changes);
    }

    private static Documents open(Path spec, Map<String, Path> schemaMappings) throws InvalidSpecException {
        try {
            return Documents.open(spec, schemaMappings);
        } catch (ReadException e) {
            throw new InvalidSpecException(spec.toString(), List.of(new SpecProblem("#", e.getMessage())));
        } catch (IOException e) {
            throw new InvalidSpecException(
                    spec.toString(), List.of(new SpecProblem("#", "could not be read: " + e.getMessage())));
        }
    }
}
