package dev.poolspec.sandbox.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;

/**
 * The validation a {@link PoolService} runs, with its answers: the 400 checks of a request, and the schema checks
 * of a pool an update makes. A failing validator is a finding (logged: it is a bug to report), never a 500.
 */
final class RequestChecks {

    // Logged under the service's name: the one logger of the operations that operators (and tests) configure.
    private static final Logger LOG = Logger.getLogger(PoolService.class.getName());

    private final RequestValidation validation;

    RequestChecks(RequestValidation validation) {
        this.validation = validation;
    }

    /**
     * The 400 checks of an authenticated request, in order: numbers out of range in the body, the generated
     * validators (every finding), then the label selector's syntax.
     *
     * @return the 400 answer, or empty when the request is valid
     */
    Optional<ApiResponse> check(
            String operationId,
            String projectId,
            String poolName,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body) {
        Optional<RequestValidation.Problem> outOfRange = NumberRange.check(body);
        if (outOfRange.isPresent()) {
            return Optional.of(Refusals.badRequest(outOfRange.get()));
        }
        boolean collection = Admission.LIST.equals(operationId) || Admission.CREATE.equals(operationId);
        Map<String, String> path = collection
                ? Map.of("project_id", nullToEmpty(projectId))
                : Map.of("project_id", nullToEmpty(projectId), "pool_name", nullToEmpty(poolName));
        List<RequestValidation.Problem> problems = validateRequest(operationId, path, query, headers, body);
        if (!problems.isEmpty()) {
            return Optional.of(Refusals.badRequest(problems));
        }
        String selector = RequestParameters.first(query, "labelSelector");
        if (Admission.LIST.equals(operationId) && selector != null) {
            try {
                LabelSelector.parse(selector);
            } catch (LabelSelector.InvalidLabelSelectorException e) {
                return Optional.of(Refusals.badRequest(new RequestValidation.Problem(
                        "query", "/labelSelector", "labelSelector.syntax", e.getMessage())));
            }
        }
        return Optional.empty();
    }

    /** Validation of a value against one schema of the spec. */
    List<RequestValidation.Problem> validateSchema(String schema, JsonNode instance) {
        return guarded(schema, "pool", () -> validation.validateSchema(schema, instance));
    }

    private List<RequestValidation.Problem> validateRequest(
            String operationId,
            Map<String, String> path,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body) {
        return guarded(
                operationId, "request", () -> validation.validateRequest(operationId, path, query, headers, body));
    }

    /**
     * Runs a validation. Should a validator fail on some input, that input is answered as a bad request, never as an
     * internal error (the failure is logged: it is a bug to report).
     */
    private static List<RequestValidation.Problem> guarded(
            String validator, String what, Supplier<List<RequestValidation.Problem>> validation) {
        try {
            return validation.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + validator + " validator failed on a " + what + "; answering 400", e);
            return List.of(new RequestValidation.Problem(
                    "body",
                    "",
                    "sandbox.unvalidatable",
                    "The " + what + " could not be validated (" + e.getClass().getSimpleName() + ")."));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
