package dev.poolspec.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.poolspec.generator.GeneratedFile;
import dev.poolspec.generator.model.ApiModel;
import dev.poolspec.generator.model.Check;
import dev.poolspec.generator.model.OperationModel;
import dev.poolspec.generator.model.SchemaNode;
import dev.poolspec.generator.model.ValidatorClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runtime templates (src/main/runtime): plain Java helpers that every generated package gets as source, with
 * the package line rewritten and the {@code @Generated} annotation added. They are real, compiled and unit-tested
 * classes of the plugin, so a helper is written once, in Java, not as text inside the generator.
 */
public final class RuntimeTemplates {
    private static final String PACKAGE = "package dev.poolspec.generator.runtime;";

    private RuntimeTemplates() {}

    /** The templates the generated code of {@code model} uses, so that no package carries unused helpers. */
    public static List<String> used(ApiModel model) {
        Set<String> used = new TreeSet<>();
        for (ValidatorClass validator : model.schemas()) {
            collect(validator, used);
        }
        for (OperationModel operation : model.operations()) {
            collect(operation.validator(), used);
        }
        if (model.extendedSignature()) {
            // Both are parameter types of every check method once either feature is in use.
            used.add("Eval");
            used.add("Scope");
        }
        return List.copyOf(used);
    }

    private static void collect(ValidatorClass validator, Set<String> used) {
        for (SchemaNode node : validator.nodes()) {
            for (SchemaNode.Guarded group : node.guards()) {
                for (Check check : group.checks()) {
                    if (check instanceof Check.Format format) {
                        used.add(format.format().equals("regex") ? "EcmaRegex" : "Formats");
                    } else if (check instanceof Check.MultipleOf
                            || check instanceof Check.NumberFormat
                            || check instanceof Check.Bound) {
                        used.add("Numbers");
                    }
                }
            }
        }
    }

    public static List<GeneratedFile> files(
            List<String> names, String packageName, String generatorName, String comments) {
        List<GeneratedFile> files = new ArrayList<>();
        for (String name : names) {
            String source = source(name);
            if (!source.contains(PACKAGE) || !source.contains("\nfinal class " + name + " {")) {
                throw new IllegalStateException("runtime template " + name + " lacks its package or class line");
            }
            // The comments are spec text (file name and info.version): escaped by JavaPoet, and shortened, since an
            // annotation value must be a constant.
            String annotation = "@javax.annotation.processing.Generated(value = \"" + generatorName + "\", comments = "
                    + CodeBlock.of("$S", JavaStrings.annotationText(comments)) + ")\n";
            source = source.replace(PACKAGE, "package " + packageName + ";")
                    .replace("\nfinal class " + name + " {", "\n" + annotation + "final class " + name + " {");
            files.add(new GeneratedFile(packageName, name, source));
        }
        return files;
    }

    private static String source(String name) {
        String resource = "/dev/poolspec/generator/runtime/" + name + ".java";
        try (InputStream in = RuntimeTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("runtime template missing from the plugin: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
