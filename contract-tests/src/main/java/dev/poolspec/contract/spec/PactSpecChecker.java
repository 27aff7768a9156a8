package dev.poolspec.contract.spec;

import dev.poolspec.contract.pact.PactInteraction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every pact interaction against the spec, failing closed.
 *
 * <p>For each interaction: the method and path must name an operation of the spec (through the generated
 * {@code ApiOperations.operationId}); path, query, headers and body are validated by the generated operation
 * validator and the body also by networknt against the spec's schema; the response status must be documented
 * and the body is validated the same two ways. Matchers are not evaluated: the example values in the pact are
 * what a provider is shown, so they are what must be valid.
 *
 * <p>An interaction that expects a rejection ({@code 400}, {@code 413}, {@code 415}, {@code 422}) must carry a
 * request the spec rejects; its request problems are then reported as {@link CheckReport#expected()}. An
 * interaction that expects {@code 401} may lack the credentials; any other request problem is a finding.
 */
public final class PactSpecChecker {

    private static final Set<Integer> REJECTED_REQUEST = Set.of(400, 413, 415, 422);

    private final OpenApiDocument document;
    private final OperationValidators generated;
    private final SchemaChecker networknt;

    public PactSpecChecker(OpenApiDocument document, OperationValidators generated) {
        this.document = document;
        this.generated = generated;
        this.networknt = new SchemaChecker(document);
    }

    public CheckReport check(List<PactInteraction> interactions) {
        List<ContractFinding> findings = new ArrayList<>();
        List<ContractFinding> expected = new ArrayList<>();
        if (interactions.isEmpty()) {
            findings.add(new ContractFinding(
                    "(no pact)",
                    "interaction",
                    "",
                    "contract.pacts.none",
                    "There are no interactions to check; an empty contract is a failure, not a pass.",
                    "contract"));
        }
        for (PactInteraction interaction : interactions) {
            check(interaction, findings, expected);
        }
        return new CheckReport(interactions.size(), dedupe(findings), dedupe(expected));
    }

    private void check(PactInteraction interaction, List<ContractFinding> findings, List<ContractFinding> expected) {
        String label = interaction.label();
        PactInteraction.Request rq = interaction.request();
        PactInteraction.Response rs = interaction.response();

        String operationId = generated.operationId(rq.method(), rq.path());
        Optional<OpenApiDocument.Operation> operation =
                Optional.ofNullable(operationId).flatMap(document::operation);
        if (operation.isEmpty()) {
            findings.add(new ContractFinding(
                    label,
                    "request.path",
                    "",
                    "contract.operation.unknown",
                    "The spec has no operation for " + rq.method() + " " + rq.path()
                            + (operationId == null
                                    ? ""
                                    : " (the generated validators name " + operationId + ", which the spec file lacks)")
                            + ".",
                    "contract"));
            return;
        }
        OpenApiDocument.Operation op = operation.get();
        Map<String, String> pathParameters = op.matchPath(rq.path()).orElse(Map.of());

        // Request: generated operation validator + networknt on the body + documented content type.
        List<Violation> request = new ArrayList<>(
                generated.validateRequest(op.id(), pathParameters, rq.query(), rq.headers(), rq.body()));
        if (rq.body() != null) {
            Optional<OpenApiDocument.MediaType> media = media(op.requestMedia(), rq.contentType());
            if (op.requestMedia().isEmpty()) {
                request.add(new Violation(
                        "body",
                        "",
                        "contract.request.body.undocumented",
                        op.id() + " documents no request body, but the pact sends one.",
                        "contract"));
            } else if (media.isEmpty()) {
                request.add(new Violation(
                        "header",
                        "/Content-Type",
                        "contract.request.contentType.undocumented",
                        "Content type " + rq.contentType() + " is not documented for the " + op.id()
                                + " request (documented: "
                                + op.requestMedia().stream()
                                        .map(OpenApiDocument.MediaType::contentType)
                                        .collect(Collectors.joining(", "))
                                + ").",
                        "contract"));
            } else if (media.get().schemaPointer() != null) {
                request.addAll(networknt.validate(media.get().schemaPointer(), rq.body()));
            }
        }

        int status = rs.status();
        if (REJECTED_REQUEST.contains(status)) {
            if (request.isEmpty()) {
                findings.add(new ContractFinding(
                        label,
                        "interaction",
                        "",
                        "contract.rejection.unexplained",
                        "The pact expects " + status
                                + " but the spec allows this request, so a provider that accepts it"
                                + " keeps the contract: make the request invalid or expect success.",
                        "contract"));
            }
            request.forEach(v -> expected.add(finding(label, "request", v)));
        } else if (status == 401) {
            for (Violation v : request) {
                boolean credentials = "header".equals(v.in())
                        && op.authHeaders().stream().anyMatch(h -> v.pointer().equalsIgnoreCase("/" + h));
                (credentials ? expected : findings).add(finding(label, "request", v));
            }
        } else {
            request.forEach(v -> findings.add(finding(label, "request", v)));
        }

        // Response: documented status, generated validator, networknt, documented content type.
        Optional<OpenApiDocument.Response> documented = op.response(status);
        if (documented.isEmpty()) {
            findings.add(new ContractFinding(
                    label,
                    "response.status",
                    "",
                    "contract.response.status.undocumented",
                    "Status " + status + " is not documented for " + op.id() + " (documented: "
                            + String.join(", ", op.responses().keySet()) + ").",
                    "contract"));
        }
        List<Violation> response = new ArrayList<>(generated.validateResponse(op.id(), status, rs.body()));
        if (documented.isPresent() && rs.body() != null) {
            List<OpenApiDocument.MediaType> content = documented.get().content();
            Optional<OpenApiDocument.MediaType> media = media(content, rs.contentType());
            if (content.isEmpty()) {
                response.add(new Violation(
                        "body",
                        "",
                        "contract.response.body.undocumented",
                        "Status " + status + " of " + op.id() + " documents no body, but the pact expects one.",
                        "contract"));
            } else if (media.isEmpty()) {
                response.add(new Violation(
                        "header",
                        "/Content-Type",
                        "contract.response.contentType.undocumented",
                        "Content type " + rs.contentType() + " is not documented for " + op.id() + " " + status
                                + " (documented: "
                                + content.stream()
                                        .map(OpenApiDocument.MediaType::contentType)
                                        .collect(Collectors.joining(", "))
                                + ").",
                        "contract"));
            } else if (media.get().schemaPointer() != null) {
                response.addAll(networknt.validate(media.get().schemaPointer(), rs.body()));
            }
        }
        response.forEach(v -> findings.add(finding(label, "response", v)));
    }

    private static Optional<OpenApiDocument.MediaType> media(
            List<OpenApiDocument.MediaType> documented, String contentType) {
        String type = contentType == null
                ? "application/json"
                : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return documented.stream()
                .filter(m -> m.contentType().equalsIgnoreCase(type))
                .findFirst();
    }

    private static ContractFinding finding(String label, String side, Violation v) {
        String part = "status".equals(v.in()) ? side + ".status" : side + "." + v.in();
        return new ContractFinding(label, part, v.pointer(), v.code(), v.message(), v.source());
    }

    private static List<ContractFinding> dedupe(List<ContractFinding> findings) {
        return List.copyOf(new LinkedHashSet<>(findings));
    }
}
