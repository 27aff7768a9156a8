package dev.poolspec.benchmarks;

import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.ValidatorGenerator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plugin's generator without Maven around it, for timing: {@code GenerateValidators <spec> <outputDirectory>}.
 */
public final class GenerateValidators {
    private GenerateValidators() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GenerateValidators <spec.yaml|json> <outputDirectory>");
            System.exit(2);
        }
        Path spec = Path.of(args[0]);
        try {
            int files = new ValidatorGenerator("dev.poolspec.generated.validation")
                    .write(spec.toString(), spec.getFileName().toString(), Files.readString(spec), Path.of(args[1]))
                    .size();
            System.out.println("generated " + files + " files");
        } catch (InvalidSpecException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
