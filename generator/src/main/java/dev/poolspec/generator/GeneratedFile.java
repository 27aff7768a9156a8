package dev.poolspec.generator;

import java.nio.file.Path;
import java.util.Objects;

/** One generated Java source file. */
public record GeneratedFile(String packageName, String simpleName, String source) {
    public GeneratedFile {
        Objects.requireNonNull(packageName, "packageName == null");
        Objects.requireNonNull(simpleName, "simpleName == null");
        Objects.requireNonNull(source, "source == null");
    }

    /** The fully qualified class name. */
    public String className() {
        return packageName + "." + simpleName;
    }

    /** Where the file goes under a source root. */
    public Path pathUnder(Path sourceRoot) {
        return sourceRoot.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
    }
}
