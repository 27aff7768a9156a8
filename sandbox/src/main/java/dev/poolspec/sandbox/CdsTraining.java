package dev.poolspec.sandbox;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.http.SandboxServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run that records the sandbox's class-data-sharing archive: started once per jar and JVM, by the build
 * and, when that archive does not fit (another JVM, a moved jar), by the {@code poolspec-sandbox} launcher, as
 * {@code java -XX:ArchiveClassesAtExit=<archive> -cp poolspec-sandbox.jar dev.poolspec.sandbox.CdsTraining <stamp>}.
 * It starts the sandbox as the launcher does, sends the requests of a typical session (list, create, a refused
 * create, an unknown path, the spec and the docs page), stops, and writes the stamp: which JVM and which jar the archive belongs to,
 * {@code <real path of bin/java> <jar as on the class path>}. The launcher uses the archive only when the stamp
 * spells its own JVM and jar path, because the JVM maps an archive only for the class path it was recorded with.
 * The JVM writes the archive at exit; mapping the recorded classes halves the time to the first answer.
 */
public final class CdsTraining {

    private CdsTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: java -XX:ArchiveClassesAtExit=<archive> -cp poolspec-sandbox.jar "
                    + CdsTraining.class.getName() + " <stamp file>");
            System.exit(2);
        }
        SandboxServer server = Main.start(Main.Options.parse(new String[] {"--port", "0", "--phase-delay", "0"}));
        try {
            String project = PoolService.DOCUMENTED_LIST_PROJECT;
            send(server, "GET /v2/" + project + "/pools", "");
            send(
                    server,
                    "POST /v2/training/pools",
                    PoolService.documentedExample("createPhysicalPool").toString());
            send(server, "POST /v2/training/pools", "{\"kind\":\"Pool\",\"apiVersion\":\"v1\"}");
            send(server, "GET /v2/" + project + "/pools?labelSelector=os.modelarts/name%3Dauto-pool-os", "");
            send(server, "GET /favicon.ico", "");
            send(server, "GET /openapi.json", "");
            send(server, "GET /docs", "");
        } finally {
            server.stop();
        }
        Files.writeString(Path.of(args[0]), stamp() + "\n", StandardCharsets.UTF_8);
        System.exit(0);
    }

    /** {@code <real path of bin/java> <jar as on the class path>}: the launcher's spelling of its JVM and jar. */
    static String stamp() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        return java + " "
                + Path.of(System.getProperty("java.class.path"))
                        .toAbsolutePath()
                        .normalize();
    }

    /** One request on its own connection, answer read to the end. */
    private static void send(SandboxServer server, String requestLine, String body) throws IOException {
        try (Socket socket = new Socket(server.host(), server.port())) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = requestLine + " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: training\r\n"
                    + "Content-Type: application/json\r\nConnection: close\r\n"
                    + (requestLine.startsWith("POST") ? "Content-Length: " + bytes.length + "\r\n" : "") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            socket.getInputStream().readAllBytes();
        }
    }
}
