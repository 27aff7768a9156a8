package dev.poolspec.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * The generator, independent of Maven: spec text → parse → model (checked) → Java sources. Thread-safe and free
 * of global state; the Mojo is one caller, the tests are another.
 */
public final class ValidatorGenerator {
    private final String packageName;

    /**
     * @param packageName the package of the generated classes (must be a valid Java package name)
     */
    public ValidatorGenerator(String packageName) {
        Objects.requireNonNull(packageName, "packageName == null");
        for (String part : packageName.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
                throw new IllegalArgumentException("not a valid Java package name: " + packageName);
            }
        }
        this.packageName = packageName;
    }

    /** Parses and checks the spec, returning the model, or throwing with every problem found. */
    public ApiModel model(String displayName, String fileName, String content) throws InvalidSpecException {
        return ModelBuilder.build(SpecReader.read(displayName, fileName, content));
    }

    /** The generated files for a spec, in a fixed order. */
    public List<JavaFile> generate(String displayName, String fileName, String content) throws InvalidSpecException {
        return new ValidatorWriter(model(displayName, fileName, content), packageName, getClass().getName()).write();
    }

    /** Writes the generated sources under {@code outputDirectory} and returns their paths. */
    public List<Path> write(String displayName, String fileName, String content, Path outputDirectory)
            throws InvalidSpecException, IOException {
        List<Path> written = new ArrayList<>();
        for (JavaFile file : generate(displayName, fileName, content)) {
            Path target = outputDirectory.resolve(packageName.replace('.', '/'))
                    .resolve(file.typeSpec().name() + ".java");
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.toString(), StandardCharsets.UTF_8);
            written.add(target);
        }
        return written;
    }
}
