package dev.poolspec.benchmarks;

import dev.poolspec.generator.GenerationResult;
import dev.poolspec.generator.GeneratorOptions;
import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.ValidatorGenerator;
import java.nio.file.Path;

/**
 * The plugin's generator without Maven around it, for timing:
 * {@code GenerateValidators <spec.yaml|json> <outputDirectory> [packageName]}. Default options (format assertion
 * on, unknown keywords fail), as the Maven goal uses them; multi-file {@code $ref}s are followed.
 */
public final class GenerateValidators {
    private GenerateValidators() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GenerateValidators <spec.yaml|json> <outputDirectory> [packageName]");
            System.exit(2);
        }
        String packageName = args.length == 3 ? args[2] : "dev.poolspec.generated.validation";
        try {
            GenerationResult result = new ValidatorGenerator(GeneratorOptions.defaults(packageName))
                    .write(Path.of(args[0]), Path.of(args[1]));
            long chars = result.files().stream()
                    .mapToLong(file -> file.source().length())
                    .sum();
            System.out.printf(
                    "generated %d files (%,d chars), %d warnings%n",
                    result.files().size(), chars, result.warnings().size());
        } catch (InvalidSpecException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
