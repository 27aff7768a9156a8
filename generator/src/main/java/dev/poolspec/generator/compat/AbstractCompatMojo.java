package dev.poolspec.generator.compat;

import dev.poolspec.generator.AbstractSpecMojo;
import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.SpecArtifacts;
import dev.poolspec.generator.SpecProblem;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the {@code compat} and {@code changelog} goals share: finding both specs and comparing them. */
public abstract class AbstractCompatMojo extends AbstractSpecMojo {

    /**
     * The baseline (the last released spec) as a file. Give either this or {@link #baselineArtifact}.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.baselineSpec")
    protected File baselineSpec;

    /**
     * The baseline by Maven coordinates, {@code groupId:artifactId:version[:classifier[:type]]}, resolved from the
     * build's repositories; a jar or zip is unpacked into {@code <outputDirectory>/baseline-artifact/} and
     * {@link #baselineSpecPath} is the root file in it; any other type is the spec itself.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.baselineArtifact")
    protected String baselineArtifact;

    /**
     * The root file of the baseline inside a jar or zip {@link #baselineArtifact}. Default:
     * {@code openapi/<file name of the current spec>}.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.baselineSpecPath")
    protected String baselineSpecPath;

    /**
     * Where the reports are written ({@code compat.md}, {@code compat.json}, {@code compat-junit.xml},
     * {@code changelog.md}).
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.compat.outputDirectory", defaultValue = "${project.build.directory}/poolspec")
    protected File outputDirectory;

    /** Finds both specs and compares them; an unreadable spec fails the build with its problem. */
    protected CompatReport compare() throws MojoExecutionException, MojoFailureException {
        SpecArtifacts.ResolvedSpec revision = currentSpec();
        SpecArtifacts.ResolvedSpec baseline = baseline(revision.root());
        getLog().info("Comparing " + revision.displayName() + " with the baseline " + baseline.displayName());
        try {
            return Compatibility.compare(baseline.root(), revision.root(), mappings());
        } catch (InvalidSpecException e) {
            for (SpecProblem problem : e.problems()) {
                getLog().error(e.specName() + " " + problem);
            }
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private SpecArtifacts.ResolvedSpec baseline(Path revisionRoot) throws MojoExecutionException, MojoFailureException {
        String path = baselineSpecPath == null || baselineSpecPath.isBlank()
                ? "openapi/" + revisionRoot.getFileName()
                : baselineSpecPath;
        return artifacts()
                .fileOrArtifact(
                        "baselineSpec",
                        baselineSpec,
                        "the released spec",
                        "baselineArtifact",
                        baselineArtifact,
                        "baselineSpecPath",
                        path,
                        outputDirectory.toPath().resolve("baseline-artifact"));
    }

    /** Writes one report into the output directory and returns its path. */
    protected Path write(String name, String content) throws MojoExecutionException {
        Path file = outputDirectory.toPath().resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + file + ": " + e, e);
        }
        return file;
    }
}
