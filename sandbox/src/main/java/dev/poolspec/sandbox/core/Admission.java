package dev.poolspec.sandbox.core;

import dev.poolspec.server.validation.CreatePoolOperationValidator;
import dev.poolspec.server.validation.DeletePoolOperationValidator;
import dev.poolspec.server.validation.ListPoolsOperationValidator;
import dev.poolspec.server.validation.ShowPoolOperationValidator;
import dev.poolspec.server.validation.UpdatePoolOperationValidator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one admission path of the pools API: everything decided about an HTTP request before its operation runs, in
 * this order — the path (404: {@code /v2/{project_id}/pools} and {@code /v2/{project_id}/pools/{pool_name}}), the
 * method (405), the URL's percent-encoding (400), credentials (401: a token or an AK/SK signature, see
 * {@link PoolService#authenticate}), the content type (415: to create
 * {@code application/json} or any {@code application/*+json}, to update {@code application/merge-patch+json}), the
 * body size (413), the body's JSON (malformed, out-of-range numbers) and the generated validators (400; an empty
 * body is a missing one). A body sent with {@code GET} or {@code DELETE} is not read (ignored). With credentials
 * configured, an AK/SK signature is compared over the request as received: at the credentials step for a
 * {@code GET} or {@code DELETE} (over an empty body), once the body has been read for a {@code POST} or
 * {@code PATCH} (after the size check, before the JSON). Before all of it, when faults are on ({@link Faults}), a
 * fault the request asks for or a random one ({@link Faulted}; a malformed fault header is a 400). Before that, when
 * the admission publishes documents ({@link PublicDocuments}: the spec and the docs page), a {@code GET} or
 * {@code HEAD} of one of their paths is {@link Published} without credentials and without faults (another method
 * there is a 405); every other path keeps all of the above. The wording of every answer is {@link Refusals}'.
 *
 * <p>A front end only translates: it hands over the request as received (method, raw path, raw query, headers,
 * declared length, body bytes) and sends back the {@link ApiResponse}. So the sandbox's Undertow handler and the
 * Spring example's filter answer every request identically, which the shared bad-request corpus checks.
 *
 * <p>Two steps, so that a front end can refuse before reading a body: {@link #head} decides on the request line and
 * headers; a {@code POST} or {@code PATCH} that passes needs its body, read up to {@link #maxBodyBytes()} + 1 bytes and handed to
 * {@link #body}. An {@link Admitted} request then goes to {@link #serve} (or, in a framework, to the controller
 * that calls {@link PoolService}). Thread-safe.
 */
public final class Admission {

    /** Default body limit: 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    // The operationIds as the spec names them (constants of the generated operation validators).
    static final String LIST = ListPoolsOperationValidator.OPERATION_ID;
    static final String CREATE = CreatePoolOperationValidator.OPERATION_ID;
    static final String SHOW = ShowPoolOperationValidator.OPERATION_ID;
    static final String UPDATE = UpdatePoolOperationValidator.OPERATION_ID;
    static final String DELETE = DeletePoolOperationValidator.OPERATION_ID;

    static final String JSON = "application/json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String PREFIX = "/v2/";
    private static final String POOLS = "pools";

    /** Duplicate members and trailing tokens are malformed JSON, not something for the validators to guess at. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final PoolService service;
    private final long maxBodyBytes;
    private final Faults faults;
    private final PublicDocuments documents;

    /** Admission to {@code service} with the default body limit. */
    public Admission(PoolService service) {
        this(service, DEFAULT_MAX_BODY_BYTES);
    }

    /** Admission to {@code service}; bodies over {@code maxBodyBytes} are refused with 413. */
    public Admission(PoolService service, long maxBodyBytes) {
        this(service, maxBodyBytes, Faults.off());
    }

    /**
     * Admission to {@code service}; bodies over {@code maxBodyBytes} are refused with 413; {@code faults} says which
     * faults to inject ({@link Faults#off()}: none, the {@code X-Poolspec-Fault} header is ignored). A front end
     * that cannot apply a {@link Faulted} step (delay, drop) must leave faults off.
     */
    public Admission(PoolService service, long maxBodyBytes, Faults faults) {
        this(service, maxBodyBytes, faults, PublicDocuments.none());
    }

    /**
     * Admission as {@link #Admission(PoolService, long, Faults)} that also answers {@code documents}' paths with
     * {@link Published} (a front end that passes them must send a {@link PublicDocument}).
     */
    public Admission(PoolService service, long maxBodyBytes, Faults faults, PublicDocuments documents) {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        this.service = Objects.requireNonNull(service, "service");
        this.maxBodyBytes = maxBodyBytes;
        this.faults = Objects.requireNonNull(faults, "faults");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** The faults this admission injects. */
    public Faults faults() {
        return faults;
    }

    /** The largest admitted body in bytes; a front end reads at most one byte more. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The service admitted requests go to. */
    public PoolService service() {
        return service;
    }

    /**
     * Step 1: the request line and headers.
     *
     * @param rawPath the path as received, still percent-encoded, without the query
     * @param rawQuery the query as received, still percent-encoded, without {@code ?}; null or empty for none
     * @param headers request headers (names matched case-insensitively)
     * @param contentLength the declared {@code Content-Length}, or -1 when unknown (chunked) or absent
     * @return {@link Refused}, {@link Admitted} (a {@code GET} or {@code DELETE}: a body is not read, it is
     *     ignored) or {@link NeedsBody} (a {@code POST} or {@code PATCH}); {@link Faulted} only when faults are on;
     *     {@link Published} only when the admission publishes documents
     */
    public Step head(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, long contentLength) {
        if (documents.publishes(rawPath)) {
            return documents
                    .find(method, rawPath)
                    .<Step>map(Published::new)
                    .orElseGet(() -> new Refused(Refusals.documentMethodNotAllowed(method, rawPath)));
        }
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        Optional<Fault> fault;
        try {
            fault = faults.decide(hdrs);
        } catch (IllegalArgumentException e) {
            return new Refused(Refusals.malformedFault(e.getMessage()));
        }
        if (fault.isEmpty()) {
            return checkHead(method, rawPath, rawQuery, hdrs, contentLength);
        }
        Fault f = fault.get();
        boolean delayOnly = !f.drops() && f.answer().isEmpty();
        return new Faulted(f, delayOnly ? checkHead(method, rawPath, rawQuery, hdrs, contentLength) : null);
    }

    private Step checkHead(
            String method, String rawPath, String rawQuery, Map<String, List<String>> hdrs, long contentLength) {
        String[] route = route(rawPath);
        if (route == null) {
            return new Refused(Refusals.notFound(method, rawPath));
        }
        boolean onePool = route[1] != null;
        String operationId = operationId(method, onePool);
        if (operationId == null) {
            return new Refused(Refusals.methodNotAllowed(method, onePool));
        }
        List<RequestValidation.Problem> url = new ArrayList<>(0);
        String projectId = decodeSegment(route[0], "/project_id", url);
        String poolName = onePool ? decodeSegment(route[1], "/pool_name", url) : null;
        Map<String, List<String>> query = decodeQuery(rawQuery, url);
        if (!url.isEmpty()) {
            return new Refused(Refusals.badRequest(url));
        }
        Authentication.Decision authenticated = service.authentication().check(hdrs);
        if (authenticated.refusal() != null) {
            return new Refused(authenticated.refusal());
        }
        SignatureCheck signature = authenticated.signature();
        if (!operationId.equals(CREATE) && !operationId.equals(UPDATE)) {
            // The body of a GET or DELETE is not read: the signature is verified over an empty one.
            Optional<ApiResponse> forged = signature == null
                    ? Optional.empty()
                    : signature.verify(method, rawPath, rawQuery, hdrs, new byte[0]);
            if (forged.isPresent()) {
                return new Refused(forged.get());
            }
            return admitOrRefuse(operationId, projectId, poolName, query, hdrs, null);
        }
        String contentType = RequestParameters.header(hdrs, "Content-Type");
        if (operationId.equals(CREATE) ? !isJson(contentType) : !isMergePatch(contentType)) {
            return new Refused(Refusals.unsupportedMediaType(contentType, bodyMediaType(operationId)));
        }
        Optional<ApiResponse> tooLarge = refuseSize(contentLength);
        if (tooLarge.isPresent()) {
            return new Refused(tooLarge.get());
        }
        return new NeedsBody(
                operationId,
                projectId,
                poolName,
                query,
                hdrs,
                signature == null ? null : new PendingSignature(signature, method, rawPath, rawQuery));
    }

    /**
     * Step 2 of a {@code POST} or {@code PATCH}: the body, as read up to {@link #maxBodyBytes()} + 1 bytes. Blank
     * means no body.
     *
     * @return {@link Refused} or {@link Admitted}
     */
    public Step body(NeedsBody head, byte[] bytes) {
        Optional<ApiResponse> tooLarge = refuseSize(bytes.length);
        if (tooLarge.isPresent()) {
            return new Refused(tooLarge.get());
        }
        if (head.signature != null) {
            Optional<ApiResponse> forged = head.signature.verify(head.headers, bytes);
            if (forged.isPresent()) {
                return new Refused(forged.get());
            }
        }
        JsonNode body = null;
        if (!isBlank(bytes)) {
            try {
                body = MAPPER.readTree(bytes);
            } catch (JacksonException e) {
                return new Refused(Refusals.badRequest(new RequestValidation.Problem(
                        "body",
                        "",
                        "json.syntax",
                        "Malformed JSON" + location(e.getLocation()) + ": " + parserMessage(e) + ".")));
            }
        }
        return admitOrRefuse(head.operationId, head.projectId, head.poolName, head.query, head.headers, body);
    }

    /**
     * The size decision, for a declared length or for the bytes a front end has read so far (-1 = unknown).
     *
     * @return the 413 answer when {@code bytes} is over the limit
     */
    public Optional<ApiResponse> refuseSize(long bytes) {
        return bytes > maxBodyBytes ? Optional.of(Refusals.tooLarge(maxBodyBytes)) : Optional.empty();
    }

    /** Runs the operation of an admitted request. */
    public ApiResponse serve(Admitted request) {
        return service.serve(request);
    }

    /** The answer when a front end could not read a body (the connection failed). */
    public ApiResponse unreadableBody() {
        return Refusals.unreadable();
    }

    /** The answer to an unexpected failure inside a front end or the service (never caused by input). */
    public static ApiResponse internalError() {
        return Refusals.internalError();
    }

    private Step admitOrRefuse(
            String operationId,
            String projectId,
            String poolName,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body) {
        Optional<ApiResponse> invalid = service.check(operationId, projectId, poolName, query, headers, body);
        return invalid.<Step>map(Refused::new)
                .orElseGet(() -> new Admitted(operationId, projectId, poolName, query, headers, body));
    }

    /** The operation of a method on the collection or on one pool, or null when the path does not take it. */
    private static String operationId(String method, boolean onePool) {
        if (onePool) {
            return switch (method) {
                case "GET" -> SHOW;
                case "PATCH" -> UPDATE;
                case "DELETE" -> DELETE;
                default -> null;
            };
        }
        return switch (method) {
            case "GET" -> LIST;
            case "POST" -> CREATE;
            default -> null;
        };
    }

    /**
     * The still-encoded {@code project_id} and {@code pool_name} (null for the collection) of
     * {@code /v2/{project_id}/pools[/{pool_name}]}, or null for any other path. Segments are non-empty.
     */
    static String[] route(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        if (segments.length < 2 || segments.length > 3 || segments[0].isEmpty() || !segments[1].equals(POOLS)) {
            return null;
        }
        if (segments.length == 2) {
            return new String[] {segments[0], null};
        }
        return segments[2].isEmpty() ? null : new String[] {segments[0], segments[2]};
    }

    /** The still-encoded {@code project_id} of {@code /v2/{project_id}/pools}, or null for any other path. */
    static String projectSegment(String path) {
        String[] route = route(path);
        return route == null || route[1] != null ? null : route[0];
    }

    /** A path segment, percent-decoded; {@code +} is a plus sign, not a space. */
    private static String decodeSegment(String raw, String pointer, List<RequestValidation.Problem> problems) {
        try {
            return decode(raw.replace("+", "%2B"));
        } catch (IllegalArgumentException e) {
            problems.add(malformed("path", pointer, raw));
            return raw;
        }
    }

    /** {@code name=value} pairs joined by {@code &}, percent-decoded, {@code +} = space; in order of names. */
    private static Map<String, List<String>> decodeQuery(String raw, List<RequestValidation.Problem> problems) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> query = new TreeMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name;
            try {
                name = decode(rawName);
            } catch (IllegalArgumentException e) {
                problems.add(malformed("query", "", rawName));
                continue;
            }
            try {
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(decode(rawValue));
            } catch (IllegalArgumentException e) {
                problems.add(malformed("query", "/" + NumberRange.escape(name), rawValue));
            }
        }
        return query;
    }

    private static RequestValidation.Problem malformed(String in, String pointer, String raw) {
        return new RequestValidation.Problem(
                in, pointer, "url.encoding", "Malformed percent-encoding in \"" + raw + "\".");
    }

    private static String decode(String s) {
        return s.indexOf('%') < 0 && s.indexOf('+') < 0 ? s : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** {@code application/json} or any {@code application/*+json}, parameters (charset) ignored. */
    static boolean isJson(String contentType) {
        String type = mediaType(contentType);
        return type != null && (type.equals(JSON) || type.startsWith("application/") && type.endsWith("+json"));
    }

    /**
     * The media type an operation's request body is declared with: {@code application/json} for a create (which
     * also admits {@code application/*+json}), {@code application/merge-patch+json} for an update; null for the
     * operations without a body.
     */
    public static String bodyMediaType(String operationId) {
        return switch (operationId) {
            case CREATE -> JSON;
            case UPDATE -> MERGE_PATCH;
            default -> null;
        };
    }

    /** {@code application/merge-patch+json}, in any case, parameters (charset) ignored. */
    static boolean isMergePatch(String contentType) {
        return MERGE_PATCH.equals(mediaType(contentType));
    }

    /** The media type without parameters, trimmed and in lower case; null for none. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Jackson's sentence without its "(start marker at [Source: REDACTED ...])": line and column say where. */
    private static String parserMessage(JacksonException e) {
        String message = e.getOriginalMessage();
        int marker = message.indexOf(" (start marker at ");
        return marker < 0 ? message : message.substring(0, marker);
    }

    private static String location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** What {@link #head} or {@link #body} decided. */
    public sealed interface Step permits Refused, NeedsBody, Admitted, Faulted, Published {}

    /**
     * A public document (the spec, the docs page or one of its files): send it as is; nothing else runs.
     *
     * @param document the document
     */
    public record Published(PublicDocument document) implements Step {}

    /**
     * A fault to inject (only when faults are on): wait {@code fault.delay()} without blocking an I/O thread, then
     * drop the connection ({@code fault.drops()}), send {@code fault.answer()}, or go on with {@code then} (a delay
     * only). Nothing has run.
     *
     * @param fault the fault
     * @param then the step after the delay when the fault is only a delay, else null
     */
    public record Faulted(Fault fault, Step then) implements Step {}

    /** A signature to compare once the body has been read, over the request line it came with. */
    private record PendingSignature(SignatureCheck check, String method, String rawPath, String rawQuery) {

        Optional<ApiResponse> verify(Map<String, List<String>> headers, byte[] body) {
            return check.verify(method, rawPath, rawQuery, headers, body);
        }
    }

    /**
     * Refused: send {@code answer} and run nothing.
     *
     * @param answer the error answer
     */
    public record Refused(ApiResponse answer) implements Step {}

    /**
     * The head of a {@code POST} or {@code PATCH} passed; read the body (at most {@link #maxBodyBytes()} + 1
     * bytes).
     */
    public static final class NeedsBody implements Step {
        final String operationId;
        final String projectId;
        final String poolName;
        final Map<String, List<String>> query;
        final Map<String, List<String>> headers;
        private final PendingSignature signature;

        private NeedsBody(
                String operationId,
                String projectId,
                String poolName,
                Map<String, List<String>> query,
                Map<String, List<String>> headers,
                PendingSignature signature) {
            this.operationId = operationId;
            this.projectId = projectId;
            this.poolName = poolName;
            this.query = query;
            this.headers = headers;
            this.signature = signature;
        }

        /** {@code createPool} or {@code updatePool}. */
        public String operationId() {
            return operationId;
        }
    }

    /**
     * A request that passed every check: its operation may run. Only this class makes one, so holding one means
     * the request was checked.
     */
    public static final class Admitted implements Step {
        final String operationId;
        final String projectId;
        final String poolName;
        final Map<String, List<String>> query;
        final Map<String, List<String>> headers;
        final JsonNode body;

        private Admitted(
                String operationId,
                String projectId,
                String poolName,
                Map<String, List<String>> query,
                Map<String, List<String>> headers,
                JsonNode body) {
            this.operationId = operationId;
            this.projectId = projectId;
            this.poolName = poolName;
            this.query = query;
            this.headers = headers;
            this.body = body;
        }

        /** {@code listPools}, {@code createPool}, {@code showPool}, {@code updatePool} or {@code deletePool}. */
        public String operationId() {
            return operationId;
        }

        /** The decoded {@code project_id}. */
        public String projectId() {
            return projectId;
        }

        /**
         * The decoded {@code pool_name} (the pool ID) of {@code showPool}, {@code updatePool} and
         * {@code deletePool}; null for {@code listPools} and {@code createPool}.
         */
        public String poolName() {
            return poolName;
        }
    }
}
