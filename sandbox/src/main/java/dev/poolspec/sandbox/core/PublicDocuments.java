package dev.poolspec.sandbox.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the sandbox publishes beside the API, without credentials: the published spec and an interactive reference.
 *
 * <table>
 *   <caption>The public documents</caption>
 *   <tr><th>path</th><th>answer</th></tr>
 *   <tr><td>{@code /openapi.yaml}</td><td>the published spec as is ({@code openapi/pools-api.yaml} of the
 *       poolspec-spec jar), {@code application/yaml}</td></tr>
 *   <tr><td>{@code /openapi.json}</td><td>the same as JSON ({@code openapi/pools-api.json}), {@code application/json}</td></tr>
 *   <tr><td>{@code /}, {@code /docs/}</td><td>302 to {@code /docs}</td></tr>
 *   <tr><td>{@code /docs}</td><td>Swagger UI over {@code /openapi.json}; its "Try it out" goes to this sandbox</td></tr>
 *   <tr><td>{@code /docs/<file>}</td><td>the page's files: its initializer, and Swagger UI's from its webjar</td></tr>
 * </table>
 *
 * <p>Only these paths; only {@code GET} and {@code HEAD} (another method is a 405, see {@link Admission}). Every file
 * is read from the class path once, on first request. {@link #none()} publishes nothing (a front end that serves
 * only the API).
 */
public final class PublicDocuments {

    /** The page's own files (the page, its initializer, the Swagger UI version it loads). */
    private static final String PAGE = "dev/poolspec/sandbox/docs/";

    private static final String JS = "text/javascript; charset=utf-8";

    /** Path → where the document comes from; empty for {@link #none()}. */
    private final Map<String, Source> sources;

    private final Map<String, PublicDocument> loaded = new ConcurrentHashMap<>();

    private PublicDocuments(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** Publishes nothing: every path is the API's. */
    public static PublicDocuments none() {
        return new PublicDocuments(Map.of());
    }

    /** The spec and the docs page, from the class path (the poolspec-spec jar, the sandbox's and Swagger UI's). */
    public static PublicDocuments specAndDocs() {
        String swaggerUi = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
        Map<String, Source> s = new LinkedHashMap<>();
        s.put("/openapi.yaml", new Resource("openapi/pools-api.yaml", "application/yaml"));
        s.put("/openapi.json", new Resource("openapi/pools-api.json", "application/json"));
        s.put("/", new Redirect("/docs"));
        s.put("/docs/", new Redirect("/docs"));
        s.put("/docs", new Resource(PAGE + "index.html", "text/html; charset=utf-8"));
        s.put("/docs/sandbox-initializer.js", new Resource(PAGE + "sandbox-initializer.js", JS));
        s.put("/docs/swagger-ui-bundle.js", new Resource(swaggerUi + "swagger-ui-bundle.js", JS));
        s.put("/docs/swagger-ui.css", new Resource(swaggerUi + "swagger-ui.css", "text/css; charset=utf-8"));
        s.put("/docs/favicon-32x32.png", new Resource(swaggerUi + "favicon-32x32.png", "image/png"));
        s.put("/docs/favicon-16x16.png", new Resource(swaggerUi + "favicon-16x16.png", "image/png"));
        return new PublicDocuments(Map.copyOf(s));
    }

    /** True when {@code rawPath} (as received, without the query) is a public document's. */
    public boolean publishes(String rawPath) {
        return rawPath != null && sources.containsKey(rawPath);
    }

    /**
     * The document at {@code rawPath} for a {@code GET} or {@code HEAD}; empty for another path or method.
     *
     * @throws IllegalStateException when its file is missing from the class path (a broken build)
     */
    public Optional<PublicDocument> find(String method, String rawPath) {
        if (!publishes(rawPath) || !("GET".equals(method) || "HEAD".equals(method))) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(rawPath, p -> sources.get(p).load()));
    }

    /** The Swagger UI version the build packed (the root pom's {@code swagger-ui.version}, filtered in). */
    static String swaggerUiVersion() {
        Properties p = new Properties();
        try (InputStream in = open(PAGE + "swagger-ui.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("swagger-ui.version");
    }

    private static InputStream open(String resource) {
        InputStream in = PublicDocuments.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        return in;
    }

    /** Where a document comes from. */
    private sealed interface Source permits Resource, Redirect {
        PublicDocument load();
    }

    /** A class-path file, sent as is. */
    private record Resource(String name, String contentType) implements Source {
        @Override
        public PublicDocument load() {
            try (InputStream in = open(name)) {
                return PublicDocument.ok(contentType, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        }
    }

    /** A redirect to another public document. */
    private record Redirect(String location) implements Source {
        @Override
        public PublicDocument load() {
            return PublicDocument.redirect(location);
        }
    }
}
