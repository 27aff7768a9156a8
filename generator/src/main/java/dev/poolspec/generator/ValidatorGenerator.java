package dev.poolspec.generator;

import com.palantir.javapoet.JavaFile;
import dev.poolspec.generator.emit.RuntimeTemplates;
import dev.poolspec.generator.emit.ValidatorWriter;
import dev.poolspec.generator.model.ApiModel;
import dev.poolspec.generator.model.ModelBuilder;
import dev.poolspec.generator.read.Documents;
import dev.poolspec.generator.read.ReadException;
import dev.poolspec.generator.read.SpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The generator, independent of Maven: spec documents → read → model (checked) → emit Java sources. Thread-safe
 * and free of global state; the Mojo is one caller, the tests are another.
 */
public final class ValidatorGenerator {
    private final GeneratorOptions options;

    /** Default options (see {@link GeneratorOptions#defaults}) for {@code packageName}. */
    public ValidatorGenerator(String packageName) {
        this(GeneratorOptions.defaults(packageName));
    }

    public ValidatorGenerator(GeneratorOptions options) {
        this.options = Objects.requireNonNull(options, "options == null");
    }

    public GeneratorOptions options() {
        return options;
    }

    /**
     * Generates from a spec file; relative {@code $ref}s to other files are followed, URLs through
     * {@link GeneratorOptions#schemaMappings()}.
     */
    public GenerationResult generate(Path rootDocument) throws InvalidSpecException, IOException {
        String displayName = rootDocument.toString();
        Documents documents;
        try {
            documents = Documents.open(rootDocument, options.schemaMappings());
        } catch (ReadException e) {
            throw new InvalidSpecException(displayName, List.of(new SpecProblem("#", e.getMessage())));
        }
        return generate(documents, displayName, rootDocument.getFileName().toString());
    }

    /** Generates from one in-memory document ({@code fileName} names it in messages and generated comments). */
    public GenerationResult generate(String displayName, String fileName, String content) throws InvalidSpecException {
        Documents documents;
        try {
            documents = Documents.of(fileName, content, options.schemaMappings());
        } catch (ReadException e) {
            throw new InvalidSpecException(displayName, List.of(new SpecProblem("#", e.getMessage())));
        }
        return generate(documents, displayName, fileName);
    }

    private GenerationResult generate(Documents documents, String displayName, String fileName)
            throws InvalidSpecException {
        List<SpecProblem> warnings = new ArrayList<>();
        ApiModel model = ModelBuilder.build(options, documents, displayName, fileName, warnings);
        if (documents.documentCount() == 1) {
            // Swagger Parser sees only the root text: for a split document its messages would be false alarms.
            warnings.addAll(
                    0,
                    SpecReader.parserWarnings(
                            documents.root().root(),
                            documents.root().root().path("openapi").asText("").startsWith("3.1.")));
        }
        String generatorName = getClass().getName();
        List<GeneratedFile> files = new ArrayList<>();
        for (JavaFile file : new ValidatorWriter(model, options.packageName(), generatorName).write()) {
            files.add(new GeneratedFile(options.packageName(), file.typeSpec().name(), asciiOnly(file.toString())));
        }
        for (GeneratedFile template : RuntimeTemplates.files(
                RuntimeTemplates.used(model),
                options.packageName(),
                generatorName,
                (model.specFileName() + " " + model.specVersion()).trim())) {
            files.add(new GeneratedFile(template.packageName(), template.simpleName(), asciiOnly(template.source())));
        }
        return new GenerationResult(files, documents.inputs(), warnings);
    }

    /**
     * Writes every non-ASCII character as a Java Unicode escape, so that generated sources compile the same under
     * any source encoding (spec text in string literals and comments may be any Unicode).
     */
    static String asciiOnly(String source) {
        StringBuilder out = null;
        for (int i = 0; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (ch >= 128) {
                if (out == null) {
                    out = new StringBuilder(source.length() + 64).append(source, 0, i);
                }
                out.append(String.format("\\u%04x", (int) ch));
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? source : out.toString();
    }

    /** Generates from a spec file and writes the sources under {@code outputDirectory}. */
    public GenerationResult write(Path rootDocument, Path outputDirectory) throws InvalidSpecException, IOException {
        GenerationResult result = generate(rootDocument);
        List<Path> written = new ArrayList<>();
        for (GeneratedFile file : result.files()) {
            Path target = file.pathUnder(outputDirectory);
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.source(), StandardCharsets.UTF_8);
            written.add(target);
        }
        return result;
    }
}
