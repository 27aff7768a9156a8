package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.poolspec.client.ListPoolsQuery;
import dev.poolspec.client.PoolsApiException;
import dev.poolspec.client.PoolsClient;
import dev.poolspec.client.model.Pool;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolList;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SharedSandbox;
import dev.poolspec.sandbox.support.SpecCheck;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The generated Java client (poolspec-client) against the running sandbox: what a consumer sees. */
class GeneratedClientIT {

    /** Leaves unset (null) model properties out, as the wire form does. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(
                    i -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private static final Api API = new Api(SharedSandbox.http());

    private static PoolsClient client(boolean validate) {
        return PoolsClient.builder()
                .endpoint(SharedSandbox.server().baseUri())
                .token(Http.TOKEN)
                .validateRequests(validate)
                .build();
    }

    private static PoolCreation creation(JsonNode body) {
        return MAPPER.treeToValue(body, PoolCreation.class);
    }

    /** Models the client returns, serialized again, still conform (checks the client's view of the body). */
    private static void assertConforms(String operationId, Object model) {
        JsonNode json = MAPPER.valueToTree(model);
        SpecCheck.assertConforms(operationId, 200, json);
    }

    @Test
    void documentedExamplesEndToEnd() {
        PoolsClient client = client(true);
        String project = Http.newProject();
        Pool physical = client.createPool(project, creation(PoolService.documentedExample("createPhysicalPool")));
        assertConforms("createPool", physical);
        assertThat(physical.getMetadata().getName()).isEqualTo("pool-ae01-" + project);
        assertThat(physical.getSpec().getResources().get(0).getMaxCount()).isEqualTo(1);

        Pool logical = client.createPool(project, creation(PoolService.documentedExample("createLogicalPool")));
        assertConforms("createPool", logical);
        assertThat(logical.getSpec().getResources().get(0).getMaxCount()).isEqualTo(2);

        PoolList list = client.listPools(project);
        assertConforms("listPools", list);
        assertThat(list.getItems()).hasSize(2);
        assertThat(API.items(project)).hasSize(2);

        PoolList documented = client.listPools(PoolService.DOCUMENTED_LIST_PROJECT);
        assertConforms("listPools", documented);
        assertThat(MAPPER.valueToTree(documented.getItems().get(0)).path("metadata"))
                .isEqualTo(PoolService.documentedExample("poolList").at("/items/0/metadata"));
    }

    @Test
    void filtersThroughTheClient() {
        PoolsClient client = client(true);
        String project = Http.newProject();
        ObjectNode body = Api.physical("client-a");
        Api.labels(body).put("tier", "gold");
        client.createPool(project, creation(body));
        client.createPool(project, creation(Api.physical("client-b")), "console");
        assertThat(client.listPools(project, ListPoolsQuery.all().withLabelSelector("tier in (gold)"))
                        .getItems())
                .extracting(p -> p.getMetadata().getLabels().getOsModelartsName())
                .containsExactly("client-a");
        assertThat(client.listPools(project, ListPoolsQuery.all().withStatus("creating"))
                        .getItems())
                .hasSize(2);
        assertThat(client.listPools(project, ListPoolsQuery.all().withStatus("failed"))
                        .getItems())
                .isEmpty();
        assertThat(client.listPools(project, ListPoolsQuery.all().withWorkspaceId("9"))
                        .getItems())
                .isEmpty();
        assertThat(client.listPools(project, ListPoolsQuery.all().withParent("x"))
                        .getItems())
                .isEmpty();
    }

    @Test
    void errorsReachTheClientAsDocumented() {
        PoolsClient client = client(false);
        String project = Http.newProject();
        client.createPool(project, creation(Api.physical("client-dup")));
        assertThatThrownBy(() -> client.createPool(project, creation(Api.physical("client-dup"))))
                .isInstanceOfSatisfying(PoolsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).hasValue("ModelArts.50015000");
                    assertThat(e.errorMsg()).isEqualTo("Pool already exists.");
                });
        ObjectNode invalid = Api.physical("client-bad");
        ((ObjectNode) invalid.get("spec")).remove("network");
        assertThatThrownBy(() -> client.createPool(project, creation(invalid)))
                .isInstanceOfSatisfying(PoolsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).hasValue("ModelArts.50004000");
                    assertThat(e.errorMsg()).contains("body /spec/network", "[required]");
                });
        assertThatThrownBy(() -> client.listPools(project, ListPoolsQuery.all().withLabelSelector("a in b")))
                .isInstanceOfSatisfying(
                        PoolsApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
