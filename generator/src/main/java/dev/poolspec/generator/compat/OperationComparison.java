package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.ReadException;

/** Compares one operation of the base with the matching operation of the revision. */
final class OperationComparison extends OperationPart {

    OperationComparison(
            ApiSpec base,
            ApiSpec revision,
            ApiSpec.Operation before,
            ApiSpec.Operation after,
            Reporter reporter,
            SchemaComparison schemas) {
        super(base, revision, before, after, reporter, schemas);
    }

    void compare() throws ReadException {
        JsonNode old = base.node(before.location());
        JsonNode now = revision.node(after.location());
        String oldId = old.path("operationId").asText("");
        String newId = now.path("operationId").asText("");
        if (!oldId.isEmpty() && !oldId.equals(newId)) {
            reporter.report(
                    ApiRules.OPERATION_ID_CHANGED,
                    before.location() + "/operationId",
                    after.location() + (newId.isEmpty() ? "" : "/operationId"),
                    "The operationId changed from " + oldId + " to " + (newId.isEmpty() ? "none" : newId) + ".");
        }
        if (!old.path("deprecated").asBoolean(false) && now.path("deprecated").asBoolean(false)) {
            reporter.report(
                    ApiRules.OPERATION_DEPRECATED,
                    before.location(),
                    after.location() + "/deprecated",
                    "The operation " + after.label() + " is deprecated now.");
        }
        new ParameterComparison(this).compare();
        new RequestBodyComparison(this).compare();
        new ResponseComparison(this).compare();
        new SecurityComparison(this).compare();
    }
}
