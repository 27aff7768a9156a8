package dev.poolspec.generator.compat;

import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.SchemaMappings;
import dev.poolspec.generator.SpecArtifacts;
import dev.poolspec.generator.SpecProblem;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/** What the {@code compat} and {@code changelog} goals share: finding both specs and comparing them. */
public abstract class AbstractCompatMojo extends AbstractMojo {

    /**
     * The current spec: the root file of an OpenAPI 3.0 or 3.1 spec (YAML or JSON), {@code $ref}s to other files
     * followed. Give either this or {@link #specArtifact}.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.inputSpec")
    protected File inputSpec;

    /**
     * The current spec by Maven coordinates, {@code groupId:artifactId:version[:classifier[:type]]}, as for goal
     * {@code generate} (a jar or zip is unpacked and {@link #specPath} is the root file in it).
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.specArtifact")
    protected String specArtifact;

    /**
     * The root file of the current spec inside a jar or zip given by {@link #specArtifact}.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.specPath", defaultValue = "openapi/pools-api.yaml")
    protected String specPath;

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

    /**
     * Local copies of schemas referenced by URL, as for goal {@code generate} (URI prefix → file or folder; user
     * property {@code poolspec.schemaMappings}). Used for both specs.
     *
     * @since 1.1.0
     */
    @Parameter
    protected Properties schemaMappings;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    protected RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    protected List<RemoteRepository> remoteRepositories;

    @Component
    protected RepositorySystem repositorySystem;

    /** Finds both specs and compares them; an unreadable spec fails the build with its problem. */
    protected CompatReport compare() throws MojoExecutionException, MojoFailureException {
        SpecArtifacts.ResolvedSpec revision = revision();
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

    private SpecArtifacts.ResolvedSpec revision() throws MojoExecutionException, MojoFailureException {
        return artifacts()
                .fileOrArtifact(
                        "inputSpec",
                        inputSpec,
                        "a spec",
                        "specArtifact",
                        specArtifact,
                        "specPath",
                        specPath,
                        Path.of(project.getBuild().getDirectory(), "poolspec", "spec-artifact"));
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

    private SpecArtifacts artifacts() {
        return new SpecArtifacts(repositorySystem, repositorySession, remoteRepositories, getLog());
    }

    private Map<String, Path> mappings() throws MojoFailureException {
        String fromProperty =
                session == null ? null : session.getUserProperties().getProperty(SchemaMappings.PROPERTY);
        if (fromProperty == null) {
            fromProperty = project.getProperties().getProperty(SchemaMappings.PROPERTY);
        }
        return SchemaMappings.resolve(
                schemaMappings, fromProperty, project.getBasedir().toPath().toAbsolutePath());
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
