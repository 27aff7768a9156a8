package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.ReadException;

/** Compares the request bodies of two matching operations: presence, {@code required}, media types, schemas. */
final class RequestBodyComparison extends OperationPart {

    RequestBodyComparison(OperationPart operation) {
        super(operation);
    }

    void compare() throws ReadException {
        String oldBody =
                base.node(before.location()).has("requestBody") ? base.deref(before.location() + "/requestBody") : null;
        String newBody = revision.node(after.location()).has("requestBody")
                ? revision.deref(after.location() + "/requestBody")
                : null;
        if (oldBody == null && newBody == null) {
            return;
        }
        if (oldBody == null) {
            boolean required = required(revision.node(newBody));
            reporter.report(
                    required ? ApiRules.REQUIRED_REQUEST_BODY_ADDED : ApiRules.OPTIONAL_REQUEST_BODY_ADDED,
                    null,
                    newBody,
                    "A " + (required ? "required" : "optional") + " request body was added.");
            return;
        }
        if (newBody == null) {
            reporter.report(
                    ApiRules.REQUEST_BODY_REMOVED,
                    oldBody,
                    null,
                    "The request body was removed; clients may still send one.");
            return;
        }
        boolean wasRequired = required(base.node(oldBody));
        boolean isRequired = required(revision.node(newBody));
        if (!wasRequired && isRequired) {
            reporter.report(
                    ApiRules.REQUEST_BODY_BECAME_REQUIRED,
                    oldBody,
                    newBody + "/required",
                    "The request body was optional and is required now.");
        } else if (wasRequired && !isRequired) {
            reporter.report(
                    ApiRules.REQUEST_BODY_BECAME_OPTIONAL,
                    oldBody + "/required",
                    newBody,
                    "The request body was required and is optional now.");
        }
        new MediaTypes(base, revision, reporter, schemas)
                .compare(
                        oldBody,
                        newBody,
                        "request body",
                        Direction.REQUEST,
                        ApiRules.REQUEST_MEDIA_TYPE_REMOVED,
                        ApiRules.REQUEST_MEDIA_TYPE_ADDED);
    }

    private static boolean required(JsonNode body) {
        return body.path("required").asBoolean(false);
    }
}
