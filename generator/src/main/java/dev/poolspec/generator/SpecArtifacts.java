package dev.poolspec.generator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves a published spec given by Maven coordinates ({@code groupId:artifactId:version[:classifier[:type]]})
 * through the build's repositories. A jar or zip is unpacked whole (entries that would land outside the folder are
 * refused) and the spec is a file in it; any other type is the spec itself. Messages name the mojo parameters.
 */
public final class SpecArtifacts {
    private final RepositorySystem repositorySystem;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final Log log;

    public SpecArtifacts(
            RepositorySystem repositorySystem,
            RepositorySystemSession session,
            List<RemoteRepository> repositories,
            Log log) {
        this.repositorySystem = repositorySystem;
        this.session = session;
        this.repositories = repositories;
        this.log = log;
    }

    /** A resolved spec: its root file (absolute, normalized) and how to name it in the log. */
    public record ResolvedSpec(String displayName, Path root) {}

    /**
     * The spec given as a file or by coordinates: exactly one of the two parameters must be set.
     *
     * @param fileParameter the name of the file parameter ({@code inputSpec}), for messages
     * @param file the file, or null
     * @param what what the spec is, for messages ({@code a spec}, {@code the released spec})
     * @param parameter the name of the coordinates parameter, and the rest as for {@link #resolve}
     */
    public ResolvedSpec fileOrArtifact(
            String fileParameter,
            File file,
            String what,
            String parameter,
            String coordinates,
            String pathParameter,
            String pathInArchive,
            Path unpackBase)
            throws MojoExecutionException, MojoFailureException {
        boolean byArtifact = coordinates != null && !coordinates.isBlank();
        if ((file == null) == !byArtifact) {
            throw new MojoFailureException("Set exactly one of " + fileParameter + " (" + what + " file) or "
                    + parameter + " (groupId:artifactId:version[:classifier[:type]] of " + what + ").");
        }
        if (file != null) {
            if (!file.isFile()) {
                throw new MojoFailureException(fileParameter + " " + file + " does not exist or is not a file.");
            }
            return new ResolvedSpec(
                    file.getPath(), file.toPath().toAbsolutePath().normalize());
        }
        return resolve(parameter, coordinates, pathParameter, pathInArchive, unpackBase);
    }

    /**
     * Resolves the spec.
     *
     * @param parameter the name of the coordinates parameter ({@code specArtifact}), for messages
     * @param coordinates the coordinates
     * @param pathParameter the name of the parameter naming the root file inside an archive, for messages
     * @param pathInArchive the root file inside a jar or zip
     * @param unpackBase the folder under which archives are unpacked, into {@code <artifactId>[-<classifier>]}
     */
    public ResolvedSpec resolve(
            String parameter, String coordinates, String pathParameter, String pathInArchive, Path unpackBase)
            throws MojoExecutionException, MojoFailureException {
        String[] parts = coordinates.trim().split(":", -1);
        if (parts.length < 3 || parts.length > 5 || Stream.of(parts).anyMatch(String::isBlank)) {
            throw new MojoFailureException(
                    parameter + " '" + coordinates + "' is not groupId:artifactId:version[:classifier[:type]].");
        }
        String classifier = parts.length > 3 ? parts[3] : "";
        String type = parts.length > 4 ? parts[4] : "jar";
        DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], classifier, type, parts[2]);
        File file;
        try {
            file = repositorySystem
                    .resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact()
                    .getFile();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException(
                    "Could not resolve " + parameter + " " + coordinates + ": " + e.getMessage(), e);
        }
        if (!type.equals("jar") && !type.equals("zip")) {
            return new ResolvedSpec(coordinates, file.toPath().toAbsolutePath().normalize());
        }
        if (pathInArchive == null || pathInArchive.isBlank()) {
            throw new MojoFailureException(
                    pathParameter + " must name the spec's root file inside " + coordinates + ".");
        }
        Path folder = unpackBase
                .resolve(classifier.isEmpty() ? parts[1] : parts[1] + "-" + classifier)
                .toAbsolutePath()
                .normalize();
        unpack(parameter, coordinates, file.toPath(), folder);
        Path root;
        try {
            root = folder.resolve(pathInArchive.trim()).normalize();
        } catch (InvalidPathException e) {
            throw new MojoFailureException(
                    pathParameter + " '" + pathInArchive + "' is not a valid path: " + e.getMessage(), e);
        }
        if (!root.startsWith(folder) || !Files.isRegularFile(root)) {
            throw new MojoFailureException(
                    parameter + " " + coordinates + " has no entry " + pathInArchive + " (set " + pathParameter + ").");
        }
        return new ResolvedSpec(coordinates + "!/" + pathInArchive.trim(), root);
    }

    /**
     * Unpacks the whole archive into {@code folder} (emptied first, so it mirrors the archive), refusing entries
     * that would land outside it ({@code ../}, absolute names).
     */
    private void unpack(String parameter, String coordinates, Path archive, Path folder)
            throws MojoExecutionException, MojoFailureException {
        try {
            deleteRecursively(folder);
            Files.createDirectories(folder);
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String name = entry.getName();
                    Path target;
                    try {
                        target = folder.resolve(name).normalize();
                    } catch (InvalidPathException e) {
                        throw new MojoFailureException(
                                parameter + " " + coordinates + ": entry '" + name
                                        + "' is not a valid path; refusing to unpack " + archive,
                                e);
                    }
                    if (!target.startsWith(folder) || target.equals(folder) && !entry.isDirectory()) {
                        throw new MojoFailureException(parameter + " " + coordinates + ": entry '" + name
                                + "' would be written outside " + folder + "; refusing to unpack " + archive);
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Could not unpack " + archive + " (" + parameter + " " + coordinates + ") into " + folder + ": "
                            + e,
                    e);
        }
        log.debug("Unpacked " + archive + " into " + folder);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
