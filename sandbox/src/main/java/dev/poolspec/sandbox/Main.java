package dev.poolspec.sandbox;

import dev.poolspec.sandbox.core.Faults;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.http.SandboxServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code target/poolspec-sandbox [options]} (the launcher: lean JVM profile and class-data archive) or
 * {@code java -jar poolspec-sandbox.jar [options]}: serves the pools API sandbox until stopped (Ctrl+C).
 * Exit codes: 0 after {@code --help}, 1 when the server cannot start, 2 for invalid arguments.
 */
public final class Main {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: poolspec-sandbox [options]",
            "   or: java -jar poolspec-sandbox.jar [options]",
            "",
            "Serves the ModelArts pools API from memory:",
            "  GET|POST /v2/{project_id}/pools                     list, create",
            "  GET|PATCH|DELETE /v2/{project_id}/pools/{pool_name}  show, update (merge patch), delete",
            "",
            "Options:",
            "  --port N, --port=N, --server.port=N  port to listen on (default 8080; 0 = any free port)",
            "  --host H, --host=H                   interface to bind (default 127.0.0.1)",
            "  --phase-delay D                      time a new pool stays Creating before Running",
            "                                       (default 3s; e.g. 0, 500ms, 10s, 1m, PT2S);",
            "                                       also the time a scaling or a deletion takes",
            "  --max-body-size S                    largest request body (default 1MiB; e.g. 65536, 64KiB, 2MiB)",
            "  --empty                              start without the documented example pool",
            "                                       (auto-pool-os in project " + PoolService.DOCUMENTED_LIST_PROJECT
                    + ")",
            "  --ak AK --sk SK                      verify AK/SK signatures (SDK-HMAC-SHA256) made with this pair;",
            "                                       repeatable, each --ak followed by its --sk",
            "  --credentials FILE                   AK/SK pairs from a file: one AK:SK (or AK=SK) a line,",
            "                                       # comments",
            "  --require-signature                  refuse requests that are not signed (X-Auth-Token alone: 401);",
            "                                       needs --ak/--sk or --credentials",
            "  --allow-faults                       honour the X-Poolspec-Fault request header",
            "                                       (e.g. status=503;retry-after=2, delay=500ms, drop)",
            "  --faults RATE[,seed=N]               fail a fraction of requests at random, reproducibly (e.g.",
            "                                       0.1,seed=42): a 503 with Retry-After: 1 or a dropped",
            "                                       connection; implies --allow-faults",
            "  -h, --help                           print this help and exit",
            "",
            "Every request needs a non-blank X-Auth-Token header (its value is not checked) or an AK/SK",
            "signature (Authorization and X-Sdk-Date). Signatures are verified only for the keys given",
            "with --ak/--sk or --credentials; without keys any non-blank signature headers pass.");

    /** Loggers whose INFO chatter (XNIO version banner) is silenced; kept referenced so the levels stick. */
    private static final List<Logger> QUIET =
            List.of(Logger.getLogger("org.xnio"), Logger.getLogger("org.jboss"), Logger.getLogger("io.undertow"));

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Parses the arguments and starts the server; returns once the server runs (0), or an exit code. Separated
     * from {@link #main} for tests; in {@code main} the JVM then keeps running on the server's threads.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("poolspec sandbox: " + e.getMessage());
            err.println();
            err.println(USAGE);
            return 2;
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }
        SandboxServer server;
        try {
            server = start(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (IllegalStateException e) {
            err.println("poolspec sandbox: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "poolspec-sandbox-shutdown"));
        out.println("poolspec sandbox listening on " + server.baseUri() + " (in-memory store, phase delay "
                + format(options.phaseDelay)
                + (options.empty ? ", empty" : ", example pool in project " + PoolService.DOCUMENTED_LIST_PROJECT)
                + describeSecurity(options)
                + "; API reference at " + server.docsUri() + ", spec at " + server.baseUri() + "/openapi.yaml and "
                + "/openapi.json)");
        out.flush();
        return 0;
    }

    /**
     * Starts a server as the command line describes it (also the class-data training run's way in).
     *
     * @throws IllegalStateException when the address cannot be bound
     */
    static SandboxServer start(Options options) throws InterruptedException {
        System.setProperty("org.jboss.logging.provider", "jdk");
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
        // Start-up is mostly class loading: load the HTTP stack on a second thread while this one loads Jackson,
        // the generated validators and the spec (seeding), then bind.
        Thread warmUp = new Thread(SandboxServer::warmUp, "poolspec-sandbox-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        PoolService service = PoolService.builder()
                .phaseDelay(options.phaseDelay)
                .credentials(options.credentials)
                .requireSignature(options.requireSignature)
                .build();
        if (!options.empty) {
            service.seedDocumentedExamples();
        }
        warmUp.join();
        SandboxServer server = SandboxServer.builder()
                .host(options.host)
                .port(options.port)
                .maxBodyBytes(options.maxBodyBytes)
                .service(service)
                .faults(options.faults())
                .build()
                .start();
        // Load the request path's remaining classes in the background (faster first requests, same answers).
        Thread serviceWarmUp = new Thread(service::warmUp, "poolspec-sandbox-warm-up");
        serviceWarmUp.setDaemon(true);
        serviceWarmUp.start();
        return server;
    }

    /** The start-up line's words for signatures and faults (access keys are named, secrets never). */
    static String describeSecurity(Options options) {
        StringBuilder sb = new StringBuilder();
        if (!options.credentials.isEmpty()) {
            sb.append(", AK/SK signatures verified for ")
                    .append(String.join(", ", options.credentials.keySet()))
                    .append(options.requireSignature ? ", signature required" : "");
        }
        if (options.faults != null) {
            sb.append(", random faults ")
                    .append(options.faults.rate)
                    .append(" (seed ")
                    .append(options.faults.seed)
                    .append("), fault header honoured");
        } else if (options.allowFaults) {
            sb.append(", fault header honoured");
        }
        return sb.toString();
    }

    private static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** Parsed command line. */
    static final class Options {
        private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");
        private static final Pattern SIZE = Pattern.compile("(\\d+)(|b|k|kb|kib|m|mb|mib)");

        int port = 8080;
        String host = "127.0.0.1";
        Duration phaseDelay = PoolService.DEFAULT_PHASE_DELAY;
        long maxBodyBytes = SandboxServer.DEFAULT_MAX_BODY_BYTES;
        boolean empty;
        boolean help;
        /** Access key → secret key, in the order given. */
        final Map<String, String> credentials = new LinkedHashMap<>();

        boolean requireSignature;
        boolean allowFaults;
        FaultsOption faults;

        /** The faults to inject: random ones, those asked for by the header, or none. */
        Faults faults() {
            return faults != null ? faults.faults() : allowFaults ? Faults.onRequest() : Faults.off();
        }

        static Options parse(String[] args) {
            Options o = new Options();
            String accessKey = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                switch (name) {
                    case "-h", "--help" -> o.help = true;
                    case "--empty" -> o.empty = true;
                    case "--require-signature" -> o.requireSignature = true;
                    case "--allow-faults" -> o.allowFaults = true;
                    case "--ak" -> {
                        if (value == null) {
                            value = next(args, ++i, name);
                        }
                        if (accessKey != null) {
                            throw new IllegalArgumentException(
                                    "--ak " + accessKey + " needs its --sk before the next --ak");
                        }
                        if (value.isBlank()) {
                            throw new IllegalArgumentException("--ak needs an access key");
                        }
                        accessKey = value;
                    }
                    case "--sk" -> {
                        if (value == null) {
                            value = next(args, ++i, name);
                        }
                        if (accessKey == null) {
                            throw new IllegalArgumentException("--sk must follow its --ak");
                        }
                        if (value.isBlank()) {
                            throw new IllegalArgumentException("--sk needs a secret key (for --ak " + accessKey + ")");
                        }
                        o.addCredentials(Map.of(accessKey, value));
                        accessKey = null;
                    }
                    case "--credentials" -> {
                        if (value == null) {
                            value = next(args, ++i, name);
                        }
                        o.addCredentials(CredentialsFile.read(Path.of(value)));
                    }
                    case "--faults" -> {
                        if (value == null) {
                            value = next(args, ++i, name);
                        }
                        o.faults = FaultsOption.parse(value);
                    }
                    case "--port", "--server.port" -> {
                        if (value == null) {
                            value = next(args, ++i, name);
                        }
                        o.port = port(value, name);
                    }
                    case "--host" -> {
                        if (value == null) {
                            value = next(args, ++i, name);
                        }
                        if (value.isBlank()) {
                            throw new IllegalArgumentException("--host needs a host name or address");
                        }
                        o.host = value;
                    }
                    case "--phase-delay" -> {
                        if (value == null) {
                            value = next(args, ++i, name);
                        }
                        o.phaseDelay = duration(value);
                    }
                    case "--max-body-size" -> {
                        if (value == null) {
                            value = next(args, ++i, name);
                        }
                        o.maxBodyBytes = size(value);
                    }
                    default -> throw new IllegalArgumentException("unknown option \"" + arg + "\"");
                }
                if (value != null && FLAGS.contains(name)) {
                    throw new IllegalArgumentException(name + " takes no value");
                }
            }
            if (accessKey != null) {
                throw new IllegalArgumentException("--ak " + accessKey + " needs its --sk");
            }
            if (o.requireSignature && o.credentials.isEmpty()) {
                throw new IllegalArgumentException(
                        "--require-signature needs keys: --ak AK --sk SK or --credentials FILE");
            }
            return o;
        }

        private static final Set<String> FLAGS =
                Set.of("-h", "--help", "--empty", "--require-signature", "--allow-faults");

        private void addCredentials(Map<String, String> pairs) {
            pairs.forEach((ak, sk) -> {
                if (credentials.put(ak, sk) != null) {
                    throw new IllegalArgumentException("the access key " + ak + " is given twice");
                }
            });
        }

        private static String next(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static int port(String value, String name) {
            try {
                int port = Integer.parseInt(value.trim());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be a number from 0 to 65535, not \"" + value + "\"");
        }

        static Duration duration(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            Matcher m = DURATION.matcher(v);
            if (m.matches()) {
                try {
                    long n = Long.parseLong(m.group(1));
                    String unit = m.group(2) == null ? "s" : m.group(2);
                    return switch (unit) {
                        case "ms" -> Duration.ofMillis(n);
                        case "m" -> Duration.ofMinutes(n);
                        default -> Duration.ofSeconds(n);
                    };
                } catch (NumberFormatException | ArithmeticException e) {
                    // reported below
                }
            } else if (v.startsWith("pt")) {
                try {
                    Duration d = Duration.parse(value.trim());
                    if (!d.isNegative()) {
                        return d;
                    }
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            throw new IllegalArgumentException(
                    "--phase-delay must be a duration such as 0, 500ms, 3s, 1m or PT2S, not \"" + value + "\"");
        }

        static long size(String value) {
            Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                try {
                    long n = Long.parseLong(m.group(1));
                    long factor = switch (m.group(2)) {
                        case "k", "kb", "kib" -> 1024L;
                        case "m", "mb", "mib" -> 1024L * 1024;
                        default -> 1L;
                    };
                    long bytes = Math.multiplyExact(n, factor);
                    if (bytes > 0) {
                        return bytes;
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    // reported below
                }
            }
            throw new IllegalArgumentException(
                    "--max-body-size must be a positive size such as 65536, 64KiB or 2MiB," + " not \"" + value + "\"");
        }
    }
}
