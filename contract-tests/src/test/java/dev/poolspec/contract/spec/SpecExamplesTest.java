package dev.poolspec.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker's networknt setup reads the published spec the way the spec means it: every documented example
 * validates against its own media type's schema, and a broken example does not.
 */
class SpecExamplesTest {

    static final Path SPEC =
            Path.of(System.getProperty("poolspec.contract.spec", "target/spec/openapi/pools-api.yaml"));

    @Test
    void everyDocumentedExampleIsValidForItsSchema() {
        OpenApiDocument spec = OpenApiDocument.load(SPEC);
        SchemaChecker checker = new SchemaChecker(spec);
        List<String> checked = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (OpenApiDocument.Operation op : spec.operations()) {
            List<OpenApiDocument.MediaType> media = new ArrayList<>(op.requestMedia());
            op.responses().values().forEach(r -> media.addAll(r.content()));
            for (OpenApiDocument.MediaType m : media) {
                for (OpenApiDocument.Example e : m.examples()) {
                    checked.add(op.id() + " " + e.name());
                    violations.addAll(checker.validate(m.schemaPointer(), e.value()));
                }
            }
        }

        assertThat(violations).isEmpty();
        assertThat(checked)
                .contains(
                        "listPools poolList",
                        "createPool createPhysicalPool",
                        "createPool createLogicalPool",
                        "createPool createdPhysicalPool",
                        "createPool badRequest",
                        "createPool poolAlreadyExists");
    }

    @Test
    void brokenExampleIsRejectedWithPointers() {
        OpenApiDocument spec = OpenApiDocument.load(SPEC);
        OpenApiDocument.MediaType created = spec.operation("createPool")
                .orElseThrow()
                .responses()
                .get("200")
                .content()
                .get(0);
        var pool = (tools.jackson.databind.node.ObjectNode)
                created.examples().get(0).value().deepCopy();
        pool.put("apiVersion", "v1");
        ((tools.jackson.databind.node.ObjectNode) pool.path("metadata")).put("creationTimestamp", "yesterday");

        List<Violation> violations = new SchemaChecker(spec).validate(created.schemaPointer(), pool);

        assertThat(violations)
                .extracting(Violation::pointer, Violation::code)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("/apiVersion", "enum"),
                        org.assertj.core.groups.Tuple.tuple("/metadata/creationTimestamp", "format"));
    }
}
