package dev.poolspec.contract.springprovider;

import dev.poolspec.sandbox.core.Admission;
import dev.poolspec.sandbox.core.ApiResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The contract at the door, before Spring binds anything: every request, as received, goes through the sandbox
 * core's {@link Admission} (route, credentials, content type, size, JSON, the generated validators), which
 * answers every refusal; only admitted requests reach Spring and the controller. The filter decides nothing
 * itself, so this provider refuses exactly as the sandbox does (a bound model could not even show an unknown field
 * any more; the raw JSON does).
 */
final class ContractFilter extends OncePerRequestFilter {

    /**
     * Request attribute holding the admitted body as received: a merge patch must reach the service as sent, with
     * its explicit nulls, not as a bound model written back.
     */
    static final String ADMITTED_BODY = ContractFilter.class.getName() + ".body";

    private static final String JSON = "application/json";

    private final Admission admission;

    ContractFilter(Admission admission) {
        this.admission = admission;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Admission.Step step = admission.head(
                request.getMethod(), path, request.getQueryString(), headers, request.getContentLengthLong());
        byte[] body = new byte[0];
        if (step instanceof Admission.NeedsBody needs) {
            // One byte over the limit is enough for the admission to refuse; more is never held.
            body = request.getInputStream()
                    .readNBytes((int) Math.min(admission.maxBodyBytes() + 1, Integer.MAX_VALUE - 8));
            step = admission.body(needs, body);
        }
        if (step instanceof Admission.Refused refused) {
            write(response, refused.answer());
            return;
        }
        request.setAttribute(ADMITTED_BODY, body);
        String mediaType = Admission.bodyMediaType(((Admission.Admitted) step).operationId());
        chain.doFilter(new AdmittedRequest(request, body, mediaType == null ? JSON : mediaType), response);
    }

    private static void write(HttpServletResponse response, ApiResponse answer) throws IOException {
        byte[] bytes = answer.bodyBytes();
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The admitted request as Spring's mapping and message converters should see it: the body read once and served
     * again, its media type spelled as the generated interface declares it ({@code application/json}, or
     * {@code application/merge-patch+json} for an update), and JSON accepted. The admission accepted it (also as
     * {@code +json}, with parameters, with any {@code Accept}); Spring would otherwise answer 415 or 406 on its own.
     */
    private static final class AdmittedRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private final String mediaType;

        AdmittedRequest(HttpServletRequest request, byte[] body, String mediaType) {
            super(request);
            this.body = body;
            this.mediaType = mediaType;
        }

        @Override
        public String getContentType() {
            return super.getContentType() == null ? null : mediaType;
        }

        @Override
        public String getHeader(String name) {
            String value = normalized(name);
            return value == null || super.getHeader(name) == null ? super.getHeader(name) : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = normalized(name);
            if (value != null) {
                return super.getHeader(name) == null
                        ? Collections.emptyEnumeration()
                        : Collections.enumeration(List.of(value));
            }
            return super.getHeaders(name);
        }

        /** The value a normalized header is served with, or null for a header served as received. */
        private String normalized(String header) {
            if ("Content-Type".equalsIgnoreCase(header)) {
                return mediaType;
            }
            return "Accept".equalsIgnoreCase(header) ? JSON : null;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
