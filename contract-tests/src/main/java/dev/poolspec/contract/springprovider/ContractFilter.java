package dev.poolspec.contract.springprovider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.poolspec.sandbox.core.ApiError;
import dev.poolspec.sandbox.core.ApiResponse;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.server.validation.ApiOperations;
import dev.poolspec.server.validation.ValidationResult;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The contract at the door, before Spring binds anything: credentials first (401), then the raw request
 * (path and query parameters, headers, JSON body) through the generated operation validator (400 with every
 * finding). A bound model could not show an unknown field or a wrong type any more; the raw JSON does.
 */
final class ContractFilter extends OncePerRequestFilter {

  private final PoolService service;
  private final ObjectMapper mapper;

  ContractFilter(PoolService service, ObjectMapper mapper) {
    this.service = service;
    this.mapper = mapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String operationId = ApiOperations.operationId(request.getMethod(), path);
    if (operationId == null) {
      chain.doFilter(request, response); // Spring answers unknown paths and methods
      return;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    Optional<ApiResponse> denied = service.authenticate(headers);
    if (denied.isPresent()) {
      write(response, denied.get());
      return;
    }
    byte[] raw = request.getInputStream().readAllBytes();
    JsonNode body = null;
    if (raw.length > 0) {
      String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
      if (!contentType.startsWith("application/json")) {
        write(response, ApiResponse.error(ApiError.UNSUPPORTED_MEDIA_TYPE,
            "Unsupported content type " + request.getContentType() + ": send application/json."));
        return;
      }
      try {
        body = mapper.readTree(raw);
      } catch (JacksonException e) {
        write(response, ApiResponse.error(ApiError.BAD_REQUEST, "Bad request: body \"\": not valid JSON: "
            + e.getOriginalMessage()));
        return;
      }
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
    String projectId = path.split("/").length > 2 ? path.split("/")[2] : "";
    ValidationResult result = ApiOperations.validateRequest(operationId, Map.of("project_id", projectId), query,
        headers, body);
    if (!result.isValid()) {
      write(response, ApiResponse.error(ApiError.BAD_REQUEST, "Bad request: " + result.findings().stream()
          .map(Object::toString).collect(Collectors.joining("; "))));
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, raw), response);
  }

  private void write(HttpServletResponse response, ApiResponse answer) throws IOException {
    response.setStatus(answer.status());
    response.setContentType("application/json");
    response.getOutputStream().write(mapper.writeValueAsBytes(answer.body()));
  }

  /** The request with its body read once and served again to Spring's message converters. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
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
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
