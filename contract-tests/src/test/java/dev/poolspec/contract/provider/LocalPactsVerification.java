package dev.poolspec.contract.provider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;

/** Verification of the pacts this build's consumer tests wrote into {@code pact.rootDir} (target/pacts). */
abstract class LocalPactsVerification extends PoolsProviderStates {

    /**
     * The pact folder for {@code @PactFolder}: PactFolderLoader tries the class path first, then the file system;
     * failsafe passes the absolute {@code pact.rootDir}, which is never a class-path resource.
     */
    static final String PACT_FOLDER = "${pact.rootDir:target/pacts}";

    /**
     * Fails before verification when this build wrote no pacts (@PactFolder would report "no pacts found" as
     * well; this says where it looked and why).
     */
    @BeforeAll
    static void pactsWereWritten() throws Exception {
        Path folder = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        if (!Files.isDirectory(folder)) {
            throw new AssertionError("No pact folder " + folder.toAbsolutePath() + ": the consumer tests must run first"
                    + " (mvn verify runs them in the test phase).");
        }
        try (Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(p -> p.toString().endsWith(".json"))) {
                throw new AssertionError("Pact folder " + folder.toAbsolutePath() + " holds no pact files to verify.");
            }
        }
    }
}
