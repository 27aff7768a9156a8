package dev.poolspec.generator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Generates plain-Java validators (one per component schema, one per operation, plus {@code ApiOperations}) from
 * an OpenAPI 3.1 spec, and adds them as a compile source root.
 *
 * @since 1.0.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** Version of the generated code's layout; part of the up-to-date hash. */
    private static final String OUTPUT_FORMAT = "1";

    /**
     * The OpenAPI 3.1 spec file (YAML or JSON). Give either this or {@link #specArtifact}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.inputSpec")
    private File inputSpec;

    /**
     * Maven coordinates of a published spec, {@code groupId:artifactId:version[:classifier[:type]]}, resolved
     * through the build's repositories. With type {@code jar} (the default) the spec is the entry {@link #specPath}
     * inside the jar; with any other type (e.g. classifier {@code openapi}, type {@code yaml}) the artifact file is
     * the spec. Example: {@code dev.poolspec:poolspec-spec:1.0.0-SNAPSHOT}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.specArtifact")
    private String specArtifact;

    /**
     * The spec's path inside a jar given by {@link #specArtifact}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.specPath", defaultValue = "openapi/pools-api.yaml")
    private String specPath;

    /**
     * The Java package of the generated classes, e.g. {@code com.example.validation}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.packageName", required = true)
    private String packageName;

    /**
     * Where the sources are written; added as a compile source root (also when skipped or up to date). The
     * up-to-date hash (spec content, plugin, parameters) is kept in {@code .poolspec/<packageName>.sha256} here.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/poolspec")
    private File outputDirectory;

    /**
     * Skips generation (the source root is still added, so sources generated before still compile).
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> remoteRepositories;

    @Component
    private RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        getLog().info("Added source root " + outputDirectory);
        if (skip) {
            getLog().info("Skipping validator generation (poolspec.skip).");
            return;
        }
        Spec spec = loadSpec();
        ValidatorGenerator generator;
        try {
            generator = new ValidatorGenerator(packageName);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("packageName: " + e.getMessage(), e);
        }
        Path output = outputDirectory.toPath();
        Path hashFile = output.resolve(".poolspec").resolve(packageName + ".sha256");
        String hash = hash(spec);
        try {
            if (Files.isRegularFile(hashFile) && Files.readString(hashFile).trim().equals(hash)
                    && Files.isDirectory(packageDirectory(output))) {
                getLog().info("Validators are up to date with " + spec.displayName() + " (spec hash " + hash
                        + "); skipping generation.");
                return;
            }
            deleteOldSources(packageDirectory(output));
            List<Path> written = generator.write(spec.displayName(), spec.fileName(), spec.content(), output);
            Files.createDirectories(hashFile.getParent());
            Files.writeString(hashFile, hash + System.lineSeparator(), StandardCharsets.UTF_8);
            getLog().info("Generated " + written.size() + " validator sources from " + spec.displayName()
                    + " into " + packageDirectory(output));
        } catch (InvalidSpecException e) {
            for (SpecProblem problem : e.problems()) {
                getLog().error(e.specName() + " " + problem);
            }
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Could not generate validators from " + spec.displayName()
                    + " into " + output + ": " + e, e);
        }
    }

    private Path packageDirectory(Path output) {
        return output.resolve(packageName.replace('.', '/'));
    }

    private static void deleteOldSources(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".java")) {
                    Files.delete(file);
                }
            }
        }
    }

    private String hash(Spec spec) throws MojoExecutionException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(spec.content(), spec.displayName(), plugin.getVersion(), packageName,
                    OUTPUT_FORMAT)) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            // A rebuilt SNAPSHOT of the plugin (same version, new generator) must regenerate too.
            File pluginJar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
            if (pluginJar != null && pluginJar.isFile()) {
                digest.update(Files.readAllBytes(pluginJar.toPath()));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new MojoExecutionException("SHA-256 is not available in this JVM", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the plugin jar to fingerprint the generator", e);
        }
    }

    /** The spec text and how to name it. */
    private record Spec(String displayName, String fileName, String content) {}

    private Spec loadSpec() throws MojoExecutionException, MojoFailureException {
        if ((inputSpec == null) == (specArtifact == null || specArtifact.isBlank())) {
            throw new MojoFailureException("Set exactly one of inputSpec (a spec file) or specArtifact "
                    + "(groupId:artifactId:version[:classifier[:type]] of a published spec).");
        }
        if (inputSpec != null) {
            if (!inputSpec.isFile()) {
                throw new MojoFailureException("inputSpec " + inputSpec + " does not exist or is not a file.");
            }
            try {
                return new Spec(inputSpec.getPath(), inputSpec.getName(), Files.readString(inputSpec.toPath()));
            } catch (IOException e) {
                throw new MojoExecutionException("Could not read inputSpec " + inputSpec, e);
            }
        }
        String[] parts = specArtifact.trim().split(":", -1);
        if (parts.length < 3 || parts.length > 5 || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw new MojoFailureException("specArtifact '" + specArtifact
                    + "' is not groupId:artifactId:version[:classifier[:type]].");
        }
        String classifier = parts.length > 3 ? parts[3] : "";
        String type = parts.length > 4 ? parts[4] : "jar";
        DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], classifier, type, parts[2]);
        File file;
        try {
            file = repositorySystem.resolveArtifact(repositorySession,
                    new ArtifactRequest(artifact, remoteRepositories, null)).getArtifact().getFile();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("Could not resolve specArtifact " + specArtifact + ": " + e.getMessage(), e);
        }
        if (!type.equals("jar") && !type.equals("zip")) {
            try {
                return new Spec(specArtifact, file.getName(), Files.readString(file.toPath()));
            } catch (IOException e) {
                throw new MojoExecutionException("Could not read " + file + " (specArtifact " + specArtifact + ")", e);
            }
        }
        try (ZipFile zip = new ZipFile(file)) {
            ZipEntry entry = zip.getEntry(specPath);
            if (entry == null) {
                throw new MojoFailureException("specArtifact " + specArtifact + " has no entry " + specPath
                        + " (set specPath).");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                String name = specPath.substring(specPath.lastIndexOf('/') + 1);
                return new Spec(specArtifact + "!/" + specPath, name,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read " + specPath + " from " + file, e);
        }
    }
}
