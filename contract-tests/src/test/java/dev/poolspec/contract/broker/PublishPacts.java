package dev.poolspec.contract.broker;

import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.pactbroker.PublishConfiguration;
import au.com.dius.pact.core.support.Result;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Publishes this build's pacts to a Pact Broker (opt-in profile {@code pact-broker}, activated by
 * {@code -Dpactbroker.url=...}). Fails closed: no broker URL, no pact files, or any file the broker does not
 * accept is an error, never a silent skip.
 *
 * <p>System properties: {@code pactbroker.url} (required), {@code pactbroker.auth.token} or
 * {@code pactbroker.auth.username} + {@code pactbroker.auth.password}, {@code pact.rootDir} (default
 * {@code target/pacts}), {@code pact.consumer.version} (required), {@code pact.consumer.branch},
 * {@code pact.consumer.tags} (comma-separated).
 */
public final class PublishPacts {

    private PublishPacts() {}

    public static void main(String[] args) throws IOException {
        List<String> published = publish(System.getProperties().entrySet().stream()
                .collect(
                        LinkedHashMap::new,
                        (m, e) -> m.put(String.valueOf(e.getKey()), String.valueOf(e.getValue())),
                        Map::putAll));
        published.forEach(line -> System.out.println("[pact-broker] " + line));
    }

    /** Publishes every pact file; returns one line per file; throws on the first problem. */
    static List<String> publish(Map<String, String> properties) throws IOException {
        String url = required(properties, "pactbroker.url");
        String version = required(properties, "pact.consumer.version");
        Path folder = Path.of(properties.getOrDefault("pact.rootDir", "target/pacts"));
        List<Path> files;
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("No pact folder " + folder + ": nothing to publish is a failure.");
        }
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException(
                    "Pact folder " + folder + " holds no pact files: nothing to publish is a" + " failure.");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        String token = properties.get("pactbroker.auth.token");
        String user = properties.get("pactbroker.auth.username");
        if (token != null && !token.isBlank()) {
            options.put("authentication", List.of("bearer", token));
        } else if (user != null && !user.isBlank()) {
            options.put(
                    "authentication", List.of("basic", user, properties.getOrDefault("pactbroker.auth.password", "")));
        }
        PactBrokerClient client = new PactBrokerClient(url, options, new PactBrokerClientConfig(0, 0, false, Map.of()));
        String tags = properties.getOrDefault("pact.consumer.tags", "");
        PublishConfiguration publish = new PublishConfiguration(
                version,
                tags.isBlank()
                        ? List.of()
                        : Arrays.stream(tags.split(",")).map(String::trim).toList(),
                properties.get("pact.consumer.branch"),
                properties.get("pact.consumer.buildUrl"));
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            File pact = file.toFile();
            Result<String, Exception> result;
            try {
                result = client.uploadPactFile(pact, publish);
            } catch (Exception e) { // the Kotlin client also throws checked exceptions (unreachable broker)
                throw new IllegalStateException("Publishing " + file + " to " + url + " failed: " + e.getMessage(), e);
            }
            if (result instanceof Result.Err<?> err) {
                Object error = err.getError();
                throw new IllegalStateException(
                        "The Pact Broker at " + url + " did not accept " + file + ": "
                                + (error instanceof Exception e ? e.getMessage() : error),
                        error instanceof Exception e ? e : null);
            }
            lines.add("published " + file.getFileName() + " as version " + version + " to " + url);
        }
        return lines;
    }

    private static String required(Map<String, String> properties, String name) {
        String value = properties.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is required to publish pacts.");
        }
        return value;
    }
}
