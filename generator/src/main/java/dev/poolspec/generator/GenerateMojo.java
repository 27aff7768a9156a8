package dev.poolspec.generator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates plain-Java validators (one per component schema, one per operation, plus {@code ApiOperations}) from
 * an OpenAPI 3.0 or 3.1 spec, which may be split over several files, and adds them as a compile source root.
 *
 * @since 1.0.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractSpecMojo {

    /** Version of the generated code's layout and of the up-to-date record; part of the up-to-date check. */
    private static final String OUTPUT_FORMAT = "2";

    /** First line of the up-to-date record. */
    private static final String RECORD_HEADER = "poolspec up-to-date record " + OUTPUT_FORMAT;

    /**
     * The Java package of the generated classes, e.g. {@code com.example.validation}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.packageName", required = true)
    private String packageName;

    /**
     * Where the sources are written; added as a compile source root (also when skipped or up to date). The
     * up-to-date record (every file the last generation read with its SHA-256, plugin, parameters) is kept in
     * {@code .poolspec/<packageName>.sha256} here.
     *
     * @since 1.0.0
     */
    @Parameter(
            property = "poolspec.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/poolspec")
    private File outputDirectory;

    /**
     * Whether {@code format} values (e.g. {@code date-time}, {@code uuid}, {@code email}) are asserted ({@code true},
     * what OpenAPI users expect) or only annotations ({@code false}, the JSON Schema 2020-12 default).
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.formatAssertion", defaultValue = "true")
    private boolean formatAssertion;

    /**
     * Whether a schema keyword that is neither JSON Schema, OpenAPI nor an {@code x-} extension (a typo such as
     * {@code minLenght}) fails the build ({@code true}) or is logged as a warning ({@code false}).
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.failOnUnknownKeywords", defaultValue = "true")
    private boolean failOnUnknownKeywords;

    /**
     * Skips generation (the source root is still added, so sources generated before still compile).
     *
     * @since 1.0.0
     */
    @Parameter(property = "poolspec.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        getLog().info("Added source root " + outputDirectory);
        if (skip) {
            getLog().info("Skipping validator generation (poolspec.skip).");
            return;
        }
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(packageName, mappings(), formatAssertion, failOnUnknownKeywords);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("packageName: " + e.getMessage(), e);
        }
        SpecArtifacts.ResolvedSpec spec = currentSpec();
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        Path recordFile = output.resolve(".poolspec").resolve(packageName + ".sha256");
        String configuration = configurationHash(spec, options);
        UpToDateRecord previous = UpToDateRecord.read(recordFile);
        if (previous != null && previous.isUpToDate(configuration, output)) {
            getLog().info("Validators are up to date with " + spec.displayName() + " ("
                    + previous.inputs().size()
                    + (previous.inputs().size() == 1 ? " input file" : " input files")
                    + " unchanged); skipping generation.");
            for (String warning : previous.warnings()) {
                getLog().warn(warning);
            }
            return;
        }
        // The name the generator gives the spec in its problems (InvalidSpecException#specName): the root path.
        String specName = spec.root().toString();
        try {
            Files.deleteIfExists(recordFile);
            deleteOldSources(previous, output);
            GenerationResult result = new ValidatorGenerator(options).write(spec.root(), output);
            List<String> warnings = new ArrayList<>();
            for (SpecProblem problem : result.warnings()) {
                String warning = specName + " " + problem;
                getLog().warn(warning);
                warnings.add(warning);
            }
            TreeSet<Path> inputs = new TreeSet<>();
            inputs.add(spec.root());
            for (Path input : result.inputs()) {
                inputs.add(input.toAbsolutePath().normalize());
            }
            Map<Path, String> inputHashes = new LinkedHashMap<>();
            for (Path input : inputs) {
                inputHashes.put(input, fileHash(input));
            }
            List<String> outputs = new ArrayList<>();
            for (GeneratedFile file : result.files()) {
                outputs.add(relativeName(output, file.pathUnder(output)));
            }
            new UpToDateRecord(configuration, inputHashes, outputs, warnings).write(recordFile);
            getLog().info("Generated " + result.files().size() + " validator sources from " + spec.displayName()
                    + " into " + packageDirectory(output) + " (" + inputs.size()
                    + (inputs.size() == 1 ? " input file" : " input files") + ")");
        } catch (InvalidSpecException e) {
            for (SpecProblem problem : e.problems()) {
                getLog().error(e.specName() + " " + problem);
            }
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException(
                    "Could not generate validators from " + spec.displayName() + " into " + output + ": " + e, e);
        }
    }

    private Path packageDirectory(Path output) {
        return output.resolve(packageName.replace('.', '/'));
    }

    /**
     * Deletes what the previous generation wrote (as listed in its record) and every {@code .java} file in the
     * package directory, so that a schema removed from the spec does not leave a stale validator behind.
     */
    private void deleteOldSources(UpToDateRecord previous, Path output) throws IOException {
        if (previous != null) {
            for (String name : previous.outputs()) {
                Path file = output.resolve(name).normalize();
                if (file.startsWith(output) && file.getFileName().toString().endsWith(".java")) {
                    Files.deleteIfExists(file);
                }
            }
        }
        Path directory = packageDirectory(output);
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String relativeName(Path output, Path file) {
        return output.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }

    // ---------------------------------------------------------------------------------------------------------
    // Up-to-date check

    /** Everything but the input files that decides the generated code: plugin, package, options, spec location. */
    private String configurationHash(SpecArtifacts.ResolvedSpec spec, GeneratorOptions options)
            throws MojoExecutionException {
        MessageDigest digest = sha256();
        List<String> parts = new ArrayList<>(List.of(
                OUTPUT_FORMAT,
                plugin.getId(),
                options.packageName(),
                "formatAssertion=" + options.formatAssertion(),
                "failOnUnknownKeywords=" + options.failOnUnknownKeywords(),
                "root=" + spec.root()));
        for (Map.Entry<String, Path> mapping : new TreeMap<>(options.schemaMappings()).entrySet()) {
            parts.add("mapping=" + mapping.getKey() + "\u0000" + mapping.getValue());
        }
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        // A rebuilt SNAPSHOT of the plugin (same version, new generator) must regenerate too.
        File pluginJar = plugin.getPluginArtifact() == null
                ? null
                : plugin.getPluginArtifact().getFile();
        if (pluginJar != null && pluginJar.isFile()) {
            try {
                update(digest, pluginJar.toPath());
            } catch (IOException e) {
                throw new MojoExecutionException("Could not read the plugin jar to fingerprint the generator", e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** Stands for the hash of a file that could not be read: never up to date. */
    private static final String UNREADABLE = "unreadable";

    /** SHA-256 of a file's bytes, {@code "missing"} when there is no such file, {@link #UNREADABLE} on errors. */
    private static String fileHash(Path file) {
        if (!Files.isRegularFile(file)) {
            return "missing";
        }
        MessageDigest digest = sha256();
        try {
            update(digest, file);
        } catch (IOException e) {
            return UNREADABLE;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What the last generation saw and wrote; one entry a line in {@code .poolspec/<packageName>.sha256}:
     * {@code config <sha256>}, {@code input <sha256> <absolute path>}, {@code output <path under the output
     * directory>}, {@code warning <text>} (backslash and line breaks escaped).
     */
    private record UpToDateRecord(
            String configuration, Map<Path, String> inputs, List<String> outputs, List<String> warnings) {

        /** The record, or null when there is none or it cannot be read (then everything is generated). */
        static UpToDateRecord read(Path file) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty() || !lines.get(0).equals(RECORD_HEADER)) {
                    return null;
                }
                String configuration = null;
                Map<Path, String> inputs = new LinkedHashMap<>();
                List<String> outputs = new ArrayList<>();
                List<String> warnings = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    if (line.startsWith("config ")) {
                        configuration = line.substring("config ".length());
                    } else if (line.startsWith("input ")) {
                        String rest = line.substring("input ".length());
                        int space = rest.indexOf(' ');
                        if (space < 0) {
                            return null;
                        }
                        inputs.put(Path.of(rest.substring(space + 1)), rest.substring(0, space));
                    } else if (line.startsWith("output ")) {
                        outputs.add(line.substring("output ".length()));
                    } else if (line.startsWith("warning ")) {
                        warnings.add(unescape(line.substring("warning ".length())));
                    } else if (!line.isBlank()) {
                        return null;
                    }
                }
                return configuration == null ? null : new UpToDateRecord(configuration, inputs, outputs, warnings);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        boolean isUpToDate(String currentConfiguration, Path output) {
            if (!configuration.equals(currentConfiguration) || inputs.isEmpty() || outputs.isEmpty()) {
                return false;
            }
            for (Map.Entry<Path, String> input : inputs.entrySet()) {
                if (input.getValue().equals(UNREADABLE)
                        || !fileHash(input.getKey()).equals(input.getValue())) {
                    return false;
                }
            }
            for (String name : outputs) {
                if (!Files.isRegularFile(output.resolve(name))) {
                    return false;
                }
            }
            return true;
        }

        void write(Path file) throws IOException {
            StringBuilder text = new StringBuilder(RECORD_HEADER).append('\n');
            text.append("config ").append(configuration).append('\n');
            inputs.forEach((path, hash) ->
                    text.append("input ").append(hash).append(' ').append(path).append('\n'));
            outputs.forEach(name -> text.append("output ").append(name).append('\n'));
            warnings.forEach(
                    warning -> text.append("warning ").append(escape(warning)).append('\n'));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }

        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
        }

        private static String unescape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(++i);
                    out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }
    }
}
