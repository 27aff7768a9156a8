package dev.poolspec.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented examples exactly as the pages show them (src/test/resources/raw-examples). Each defective one
 * is rejected with the finding ERRATA.md predicts; each correct one equals its named example in the spec.
 */
class RawExamplesTest {

    private static String raw(String file) {
        return Spec.text("raw-examples/" + file);
    }

    /** ERRATA E1: the trailing comma after the flavor is a JSON syntax error at the '}' that follows it. */
    @Test
    void physicalPoolRequestIsNotJson() {
        String text = raw("create-physical-pool.json");
        int brace = text.indexOf("\"modelarts.vm.cpu.8ud\", }") + "\"modelarts.vm.cpu.8ud\", ".length();

        StreamReadException error = catchThrowableOfType(StreamReadException.class, () -> Spec.json(text));

        assertThat(error).as("the raw physical-pool request must not parse").isNotNull();
        assertThat(error.getMessage()).contains("was expecting double-quote to start property name");
        // The parser points at that '}': its line and column (1-based) as counted in the raw text.
        int lineStart = text.lastIndexOf('\n', brace) + 1;
        assertThat(text.charAt(brace)).isEqualTo('}');
        assertThat(error.getLocation().getLineNr())
                .isEqualTo(1
                        + (int) text.substring(0, brace)
                                .chars()
                                .filter(c -> c == '\n')
                                .count());
        assertThat(error.getLocation().getColumnNr()).isEqualTo(brace - lineStart + 1);
    }

    /** Without the comma, the raw request is exactly the corrected example, and that is valid. */
    @Test
    void physicalPoolRequestWithoutTheCommaIsTheCorrectedExample() {
        JsonNode fixed = Spec.json(
                raw("create-physical-pool.json").replace("\"modelarts.vm.cpu.8ud\", }", "\"modelarts.vm.cpu.8ud\" }"));

        assertThat(fixed).isEqualTo(Spec.example("createPhysicalPool"));
        assertThat(Spec.validate("PoolCreation", fixed)).isEmpty();
    }

    /** ERRATA E2, E3, E5 are findings; E4 (undocumented product.id annotation) is not. */
    @Test
    void logicalPoolRequestIsRejectedForVersionBillingModeAndScope() {
        JsonNode body = Spec.json(raw("create-logical-pool.json"));

        var findings = Spec.validate("PoolCreation", body);

        assertThat(findings)
                .extracting(Spec.Finding::pointer, Spec.Finding::keyword)
                .contains(
                        tuple("/apiVersion", "enum"),
                        tuple("/metadata/annotations/os.modelarts~1billing.mode", "type"),
                        tuple("/spec", "not"));
        assertThat(findings)
                .extracting(Spec.Finding::pointer)
                .containsOnly("/apiVersion", "/metadata/annotations/os.modelarts~1billing.mode", "/spec");
        assertThat(findings)
                .filteredOn(f -> f.pointer().equals("/spec"))
                .singleElement()
                .extracting(Spec.Finding::schemaLocation)
                .asString()
                .endsWith("#/components/schemas/PoolSpecCreation/allOf/4/then/not");
    }

    /** Fixing exactly E2, E3 and E5 (and dropping the E4 placeholder) gives the corrected example. */
    @Test
    void logicalPoolRequestCorrectedIsTheNamedExample() {
        ObjectNode body = (ObjectNode) Spec.json(raw("create-logical-pool.json"));
        body.put("apiVersion", "v2");
        ObjectNode annotations = (ObjectNode) body.get("metadata").get("annotations");
        annotations.put("os.modelarts/billing.mode", "0");
        assertThat(Spec.validate("PoolCreation", body))
                .extracting(Spec.Finding::pointer)
                .containsOnly("/spec");
        ((ObjectNode) body.get("spec")).remove("scope");
        assertThat(Spec.validate("PoolCreation", body))
                .as("product.id is an accepted extra annotation")
                .isEmpty();
        annotations.remove("os.modelarts/product.id");

        assertThat(body).isEqualTo(Spec.example("createLogicalPool"));
    }

    /** ERRATA E13/E14/E11: the raw list response is valid; the named example differs only in the AZ name. */
    @Test
    void listResponseIsValidAndOnlyTheAzNameWasChanged() {
        JsonNode body = Spec.json(raw("list-pools.json"));
        assertThat(Spec.validate("PoolList", body)).isEmpty();

        ObjectNode az = (ObjectNode) body.at("/items/0/status/resources/available/0/azs/0");
        assertThat(az.get("az").asString()).isEqualTo("cn-north-7c");
        az.put("az", "eu-west-101a");
        assertThat(body).isEqualTo(Spec.example("poolList"));
    }

    /** ERRATA E6-E10: the raw create response is valid as it stands and is the named example. */
    @Test
    void createResponseIsValidAsDocumented() {
        JsonNode body = Spec.json(raw("created-physical-pool.json"));
        assertThat(Spec.validate("Pool", body)).isEmpty();
        assertThat(body).isEqualTo(Spec.example("createdPhysicalPool"));
    }

    @Test
    void errorResponsesAreValidAsDocumented() {
        JsonNode badRequest = Spec.json(raw("bad-request.json"));
        JsonNode exists = Spec.json(raw("pool-already-exists.json"));
        assertThat(Spec.validate("ErrorResponse", badRequest)).isEmpty();
        assertThat(Spec.validate("ErrorResponse", exists)).isEmpty();
        assertThat(badRequest).isEqualTo(Spec.example("badRequest"));
        assertThat(exists).isEqualTo(Spec.example("poolAlreadyExists"));
    }

    // ------------------------------------------------------------------ the pool pages (show, update, delete)

    /** Replaces every availability zone of a pool's status by the EU name the named examples use (E13, E16). */
    private static void euAzs(JsonNode pool) {
        for (JsonNode stage : pool.path("status").path("resources")) {
            for (JsonNode count : stage) {
                for (JsonNode az : count.path("azs")) {
                    assertThat(az.get("az").asString()).isEqualTo("az-7c");
                    ((ObjectNode) az).put("az", "eu-west-101a");
                }
            }
        }
    }

    /** ERRATA E15: the ShowPool response lacks the opening quote of "az-7c", so it is not JSON. */
    @Test
    void showResponseIsNotJson() {
        String text = raw("show-pool.json");

        StreamReadException error = catchThrowableOfType(StreamReadException.class, () -> Spec.json(text));

        assertThat(error).as("the raw show response must not parse").isNotNull();
        assertThat(error.getMessage()).contains("Unrecognized token 'az'");
        int at = text.indexOf("az-7c\"");
        assertThat(error.getLocation().getLineNr())
                .isEqualTo(1
                        + (int) text.substring(0, at)
                                .chars()
                                .filter(c -> c == '\n')
                                .count());
    }

    /** With the quote added and the AZ named as on an EU page (E16), the raw show response is the named example. */
    @Test
    void showResponseCorrectedIsTheNamedExample() {
        JsonNode body = Spec.json(raw("show-pool.json").replace("\"az\" : az-7c\"", "\"az\" : \"az-7c\""));
        assertThat(Spec.validate("Pool", body)).isEmpty();
        euAzs(body);

        assertThat(body).isEqualTo(Spec.example("shownPool"));
    }

    /** The PatchPool request is valid as documented and is the named example. */
    @Test
    void scaleRequestIsValidAsDocumented() {
        JsonNode body = Spec.json(raw("scale-pool.json"));
        assertThat(Spec.validate("PoolUpdate", body)).isEmpty();
        assertThat(body).isEqualTo(Spec.example("scalePool"));
    }

    /** The PatchPool response is valid; the named example differs only in the AZ names (E16). */
    @Test
    void scaledResponseIsValidAndOnlyTheAzNamesWereChanged() {
        JsonNode body = Spec.json(raw("scaled-pool.json"));
        assertThat(Spec.validate("Pool", body)).isEmpty();
        euAzs(body);

        assertThat(body).isEqualTo(Spec.example("scaledPool"));
    }

    /**
     * ERRATA E19: the DeletePool response has no deletionTimestamp, which its own PoolMetadataDeletion table
     * lists, and shows phase Running instead of Deleting (E20, not a schema error).
     */
    @Test
    void deleteResponseLacksTheDeletionTimestamp() {
        JsonNode body = Spec.json(raw("deleted-pool.json"));

        assertThat(Spec.validate("DeletedPool", body))
                .extracting(Spec.Finding::pointer, Spec.Finding::keyword)
                .containsExactly(tuple("/metadata", "required"));
        assertThat(body.at("/status/phase").asString()).isEqualTo("Running");
    }

    /** Fixing exactly E19, E20 and the AZ names (E16) gives the named example. */
    @Test
    void deleteResponseCorrectedIsTheNamedExample() {
        JsonNode body = Spec.json(raw("deleted-pool.json"));
        ObjectNode metadata = (ObjectNode) body.get("metadata");
        ObjectNode corrected = metadata.objectNode();
        metadata.properties().forEach(e -> {
            corrected.set(e.getKey(), e.getValue());
            if (e.getKey().equals("creationTimestamp")) {
                corrected.put("deletionTimestamp", "2024-10-25T08:00:00Z");
            }
        });
        ((ObjectNode) body).set("metadata", corrected);
        ((ObjectNode) body.get("status")).put("phase", "Deleting");
        euAzs(body);

        assertThat(Spec.validate("DeletedPool", body)).isEmpty();
        assertThat(body).isEqualTo(Spec.example("deletedPool"));
    }

    @Test
    void poolNotFoundIsValidAsDocumented() {
        JsonNode body = Spec.json(raw("pool-not-found.json"));
        assertThat(Spec.validate("ErrorResponse", body)).isEmpty();
        assertThat(body).isEqualTo(Spec.example("poolNotFound"));
    }
}
