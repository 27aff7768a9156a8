package dev.poolspec.generator;

import java.io.File;
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

/** What every goal that reads a spec shares: the spec as a file or by coordinates, and the schema mappings. */
public abstract class AbstractSpecMojo extends AbstractMojo {

    /**
     * The root file of an OpenAPI 3.0 or 3.1 spec (YAML or JSON). Relative {@code $ref}s to other files (for
     * example {@code paths/pets.yaml} or {@code ../components/schemas/Pet.yaml}) are read from the disk, relative
     * to the file that contains them. Give either this or {@link #specArtifact}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.inputSpec")
    protected File inputSpec;

    /**
     * Maven coordinates of a published spec, {@code groupId:artifactId:version[:classifier[:type]]}, resolved
     * through the build's repositories. With type {@code jar} (the default) or {@code zip} the whole archive is
     * unpacked into {@code ${project.build.directory}/poolspec/spec-artifact/<artifactId>[-<classifier>]} and the
     * spec is the file {@link #specPath} in it, so a multi-file spec packed in a jar works; with any other type
     * (e.g. classifier {@code openapi}, type {@code yaml}) the artifact file is the spec. Example:
     * {@code dev.poolspec:poolspec-spec:1.0.0-SNAPSHOT}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.specArtifact")
    protected String specArtifact;

    /**
     * The root file of the spec inside a jar or zip given by {@link #specArtifact}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.specPath", defaultValue = "openapi/pools-api.yaml")
    protected String specPath;

    /**
     * Local copies of schemas that the spec references by URL: URI prefix → file or folder. A {@code $ref} (or
     * {@code $schema}) whose URL starts with a prefix is read from the mapped file, or from the folder joined with
     * the rest of the URL. The generator never downloads anything; a URL without a mapping fails the build and
     * names the URL. Relative paths are resolved against {@code ${basedir}}. Because URLs cannot be XML element
     * names, give each mapping as {@code <property>}:
     *
     * <pre>{@code
     * <schemaMappings>
     *   <property>
     *     <name>https://schemas.example.com/common/</name>
     *     <value>src/main/schemas/common</value>
     *   </property>
     * </schemaMappings>
     * }</pre>
     *
     * <p>On the command line (user property {@code poolspec.schemaMappings}): comma-separated
     * {@code prefix=path} pairs, split at the last {@code =} of each pair; they are added to (and override) the
     * mappings of the POM. Default: no mappings.
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

    /** The spec given by {@link #inputSpec} or {@link #specArtifact} (exactly one). */
    protected SpecArtifacts.ResolvedSpec currentSpec() throws MojoExecutionException, MojoFailureException {
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

    /** Resolves specs given by Maven coordinates through the build's repositories. */
    protected SpecArtifacts artifacts() {
        return new SpecArtifacts(repositorySystem, repositorySession, remoteRepositories, getLog());
    }

    /** The mappings of the POM plus those of the user property, targets resolved against ${basedir}. */
    protected Map<String, Path> mappings() throws MojoFailureException {
        String fromProperty =
                session == null ? null : session.getUserProperties().getProperty(SchemaMappings.PROPERTY);
        if (fromProperty == null) {
            fromProperty = project.getProperties().getProperty(SchemaMappings.PROPERTY);
        }
        return SchemaMappings.resolve(
                schemaMappings, fromProperty, project.getBasedir().toPath().toAbsolutePath());
    }
}
