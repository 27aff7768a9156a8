package dev.poolspec.contract.consumer;

import static dev.poolspec.contract.consumer.DocumentedExamples.CREATE_PROJECT;
import static dev.poolspec.contract.consumer.DocumentedExamples.LIST_PROJECT;
import static dev.poolspec.spec.testsupport.SpecExamples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.poolspec.client.ListPoolsQuery;
import dev.poolspec.client.PoolsApiException;
import dev.poolspec.client.PoolsClient;
import dev.poolspec.client.api.ResourcePoolsApi;
import dev.poolspec.client.invoker.ApiClient;
import dev.poolspec.client.invoker.ApiException;
import dev.poolspec.client.model.DeletedPool;
import dev.poolspec.client.model.Pool;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolList;
import dev.poolspec.client.model.PoolUpdate;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Consumer contract of the generated Java client ({@code poolspec-java-client}) with the pools API
 * ({@code modelarts-pools}): the real {@link PoolsClient} against Pact's mock server on a random port, over the
 * whole life of a pool (list, create, show, update by merge patch, delete). One class, because it writes the one
 * pact file of this consumer and provider. One
 * interaction per {@code @Pact} method; provider states in business terms; the documented examples (read from the
 * published spec) are the example values, with matchers only where the provider generates the value.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PoolsClientPactTest.PROVIDER, pactVersion = PactSpecVersion.V4)
class PoolsClientPactTest {

    static final String CONSUMER = "poolspec-java-client";
    static final String PROVIDER = "modelarts-pools";

    static final String AUTO_POOL_OS_EXISTS = "pool auto-pool-os exists";
    static final String NO_POOLS_EXIST = "no pools exist";
    static final String POOL_AE01_EXISTS = "pool pool-ae01 exists";
    static final String POOL_AE01_RUNNING = "pool pool-ae01 is Running";
    static final String POOL_AE01_CREATING = "pool pool-ae01 is Creating";

    private static final String TOKEN = "MIIexample-iam-token";
    private static final String LIST_PATH = "/v2/" + LIST_PROJECT + "/pools";
    private static final String CREATE_PATH = "/v2/" + CREATE_PROJECT + "/pools";
    private static final String TIMESTAMP = ExampleBody.RFC3339_UTC;
    /** The documented pool of the list, show, update and delete examples, by its ID. */
    private static final String AUTO_POOL_OS = "auto-pool-os-" + LIST_PROJECT;

    private static final String AUTO_POOL_OS_PATH = LIST_PATH + "/" + AUTO_POOL_OS;
    /** The documented created pool, by its ID. */
    private static final String POOL_AE01 = "pool-ae01-" + CREATE_PROJECT;

    private static final String POOL_AE01_PATH = CREATE_PATH + "/" + POOL_AE01;
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    // ------------------------------------------------------------------ interactions

    /** The request of an interaction, with an IAM token (any non-blank value). */
    private static PactDslRequestWithPath signedIn(
            PactDslWithProvider builder, String state, String description, String method, String path) {
        return anonymous(builder, state, description, method, path).matchHeader("X-Auth-Token", "\\S+", TOKEN);
    }

    /** The request of an interaction, without credentials. */
    private static PactDslRequestWithPath anonymous(
            PactDslWithProvider builder, String state, String description, String method, String path) {
        return builder.given(state).uponReceiving(description).method(method).path(path);
    }

    /** The interaction: the request and the answer expected to it. */
    private static V4Pact answer(PactDslRequestWithPath request, int status, DslPart body) {
        return request.willRespondWith().status(status).body(body).toPact(V4Pact.class);
    }

    /** A documented error example, its sentence matched by type (wordings may differ). */
    private static DslPart error(String example) {
        return ExampleBody.of(example(example)).type("/error_msg").build();
    }

    // ------------------------------------------------------------------ listPools

    /** The documented list example, with matchers on what the provider generates. */
    private static DslPart documentedPoolList() {
        return ExampleBody.of(example("poolList"))
                .regex("/items/*/metadata/name", "auto-pool-os-[0-9a-z]+")
                .regex("/items/*/metadata/creationTimestamp", TIMESTAMP)
                .regex("/items/*/metadata/labels/os.modelarts~1resource.id", "maos-auto-pool-os-[0-9a-z]+")
                .regex("/items/*/status/root", "auto-pool-os-[0-9a-z]+")
                .build();
    }

    private static DslPart emptyPoolList() {
        return new PactDslJsonBody()
                .stringValue("kind", "PoolList")
                .stringValue("apiVersion", "v2")
                .array("items")
                .closeArray();
    }

    @Pact(consumer = CONSUMER)
    V4Pact listPools(PactDslWithProvider builder) {
        return answer(
                signedIn(builder, AUTO_POOL_OS_EXISTS, "a request to list the pools of a project", "GET", LIST_PATH),
                200,
                documentedPoolList());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listPoolsOfWorkspace(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                AUTO_POOL_OS_EXISTS,
                                "a request to list the pools of the default workspace",
                                "GET",
                                LIST_PATH)
                        .query("workspaceId=0"),
                200,
                documentedPoolList());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listCreatedPools(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                AUTO_POOL_OS_EXISTS,
                                "a request to list the pools that were created successfully",
                                "GET",
                                LIST_PATH)
                        .query("status=created"),
                200,
                documentedPoolList());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listPoolsByLabel(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                AUTO_POOL_OS_EXISTS,
                                "a request to list the pools labelled with the name auto-pool-os",
                                "GET",
                                LIST_PATH)
                        .encodedQuery("labelSelector=os.modelarts%2Fname%3Dauto-pool-os"),
                200,
                documentedPoolList());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listSubPools(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                AUTO_POOL_OS_EXISTS,
                                "a request to list the sub-pools of auto-pool-os, which has none",
                                "GET",
                                LIST_PATH)
                        .query("parent=auto-pool-os-" + LIST_PROJECT),
                200,
                emptyPoolList());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listPoolsWithUnknownStatus(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                AUTO_POOL_OS_EXISTS,
                                "a request to list pools in a status the API does not know",
                                "GET",
                                LIST_PATH)
                        .query("status=deleted"),
                400,
                error("badRequest"));
    }

    /**
     * The same list, signed with AK/SK instead of a token. Pact matches the signature headers by form only: the
     * signature itself depends on the time and the keys, which the provider under verification does not share
     * (a provider given keys verifies it; the sandbox's own tests do that).
     */
    @Pact(consumer = CONSUMER)
    V4Pact listPoolsSignedWithAkSk(PactDslWithProvider builder) {
        return answer(
                anonymous(
                                builder,
                                AUTO_POOL_OS_EXISTS,
                                "an AK/SK-signed request for the pools of a project",
                                "GET",
                                LIST_PATH)
                        .matchHeader(
                                "Authorization",
                                "SDK-HMAC-SHA256 Access=\\S+, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}",
                                "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-project-id;x-sdk-date, Signature="
                                        + "0".repeat(64))
                        .matchHeader("X-Sdk-Date", "\\d{8}T\\d{6}Z", "20191115T033655Z")
                        .matchHeader("X-Project-Id", LIST_PROJECT, LIST_PROJECT),
                200,
                documentedPoolList());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listPoolsWithoutToken(PactDslWithProvider builder) {
        return answer(
                anonymous(builder, AUTO_POOL_OS_EXISTS, "a request to list pools without a token", "GET", LIST_PATH),
                401,
                error("unauthorized"));
    }

    @Test
    @PactTestFor(pactMethod = "listPools")
    void listsTheDocumentedPool(MockServer mockServer) {
        PoolList list = client(mockServer).listPools(LIST_PROJECT, ListPoolsQuery.all());

        assertDocumentedPool(list);
    }

    @Test
    @PactTestFor(pactMethod = "listPoolsOfWorkspace")
    void sendsTheWorkspaceFilter(MockServer mockServer) {
        PoolList list =
                client(mockServer).listPools(LIST_PROJECT, ListPoolsQuery.all().withWorkspaceId("0"));

        assertDocumentedPool(list);
    }

    @Test
    @PactTestFor(pactMethod = "listCreatedPools")
    void sendsTheStatusFilter(MockServer mockServer) {
        PoolList list =
                client(mockServer).listPools(LIST_PROJECT, ListPoolsQuery.all().withStatus("created"));

        assertDocumentedPool(list);
    }

    @Test
    @PactTestFor(pactMethod = "listPoolsByLabel")
    void sendsTheLabelSelector(MockServer mockServer) {
        PoolList list = client(mockServer)
                .listPools(LIST_PROJECT, ListPoolsQuery.all().withLabelSelector("os.modelarts/name=auto-pool-os"));

        assertDocumentedPool(list);
    }

    @Test
    @PactTestFor(pactMethod = "listSubPools")
    void sendsTheParentFilter(MockServer mockServer) {
        PoolList list = client(mockServer)
                .listPools(LIST_PROJECT, ListPoolsQuery.all().withParent("auto-pool-os-" + LIST_PROJECT));

        assertThat(list.getKind()).hasToString("PoolList");
        assertThat(list.getItems()).isEmpty();
    }

    @Test
    @PactTestFor(pactMethod = "listPoolsWithUnknownStatus")
    void unknownStatusFilterIsABadRequest(MockServer mockServer) {
        PoolsClient client = client(mockServer, TOKEN, false);

        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class,
                () -> client.listPools(LIST_PROJECT, ListPoolsQuery.all().withStatus("deleted")));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorCode()).contains("ModelArts.50004000");
        assertThat(e.errorMsg()).isNotBlank();
    }

    @Test
    @PactTestFor(pactMethod = "listPoolsSignedWithAkSk")
    void signsWithAkSkInsteadOfAToken(MockServer mockServer) {
        PoolsClient client = PoolsClient.builder()
                .endpoint(URI.create(mockServer.getUrl()))
                .credentials("AccessKey", "SecretKey")
                .build();

        assertDocumentedPool(client.listPools(LIST_PROJECT, ListPoolsQuery.all()));
    }

    @Test
    @PactTestFor(pactMethod = "listPoolsWithoutToken")
    void listingWithoutATokenIsUnauthorized(MockServer mockServer) {
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> withoutToken(mockServer).listPools(LIST_PROJECT, null, null, null, null));

        assertUnauthorized(e);
    }

    private static void assertDocumentedPool(PoolList list) {
        assertThat(list.getItems()).singleElement().satisfies(pool -> {
            assertThat(pool.getMetadata().getName()).isEqualTo("auto-pool-os-" + LIST_PROJECT);
            assertThat(pool.getMetadata().getCreationTimestamp())
                    .isEqualTo(OffsetDateTime.parse("2022-09-16T03:10:40Z"));
            assertThat(pool.getStatus().getPhase()).hasToString("Running");
            assertThat(pool.getSpec().getResources())
                    .singleElement()
                    .satisfies(r -> assertThat(r.getFlavor()).isEqualTo("modelarts.vm.cpu.4ud"));
        });
    }

    // ------------------------------------------------------------------ createPool

    /** The documented create answer: the values the provider sends, generated ones matched by type or pattern. */
    private static DslPart createdPhysicalPool() {
        return poolAe01(pool -> {}).build();
    }

    /**
     * The documented created pool-ae01, changed by {@code change}, with matchers on what the provider generates. The
     * consumer relies on the documented labels and annotations only; console and billing details are left out.
     */
    private static ExampleBody poolAe01(Consumer<ObjectNode> change) {
        ObjectNode created = (ObjectNode) example("createdPhysicalPool");
        ObjectNode labels = (ObjectNode) created.path("metadata").path("labels");
        ObjectNode annotations = (ObjectNode) created.path("metadata").path("annotations");
        labels.remove("os.modelarts/node.prefix");
        labels.remove("os.modelarts/create-from");
        annotations.remove("os.modelarts.pool/subpools.count");
        annotations.remove("os.modelarts/flavor.resource.ids");
        annotations.remove("os.modelarts/tenant.domain.name");
        change.accept(created);
        return ExampleBody.of(created)
                .regex("/metadata/name", "pool-ae01-[0-9a-z]+")
                .regex("/metadata/creationTimestamp", TIMESTAMP)
                .regex("/metadata/labels/os.modelarts~1resource.id", "maos-pool-ae01-[0-9a-z]+")
                .regex("/metadata/labels/os.modelarts~1tenant.domain.id", "[0-9a-z]+");
    }

    private static DslPart createdLogicalPool() {
        return new PactDslJsonBody()
                .stringValue("kind", "Pool")
                .stringValue("apiVersion", "v2")
                .object("metadata")
                .stringMatcher("name", "pool-logic-01-[0-9a-z]+", "pool-logic-01-" + CREATE_PROJECT)
                .stringMatcher("creationTimestamp", TIMESTAMP, "2024-10-24T12:42:43Z")
                .object("labels")
                .stringValue("os.modelarts/name", "pool-logic-01")
                .closeObject()
                .object("annotations")
                .stringValue("os.modelarts/billing.mode", "0")
                .closeObject()
                .closeObject()
                .object("spec")
                .stringValue("type", "Logical")
                .array("resources")
                .object()
                .stringValue("flavor", "modelarts.vm.gpu.tnt004")
                .numberValue("count", 2)
                .closeObject()
                .closeArray()
                .closeObject()
                .object("status")
                .closeObject();
    }

    private static String json(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    @Pact(consumer = CONSUMER)
    V4Pact createPhysicalPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                NO_POOLS_EXIST,
                                "a request to create the documented physical pool pool-ae01",
                                "POST",
                                CREATE_PATH)
                        .body(json(example("createPhysicalPool")), "application/json"),
                200,
                createdPhysicalPool());
    }

    @Pact(consumer = CONSUMER)
    V4Pact createLogicalPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                NO_POOLS_EXIST,
                                "a request to create the documented logical pool pool-logic-01",
                                "POST",
                                CREATE_PATH)
                        .body(json(example("createLogicalPool")), "application/json"),
                200,
                createdLogicalPool());
    }

    /**
     * The logical-pool request with the scope the documentation printed in it: a logical pool takes no scope
     * (spec/ERRATA.md). The typed client can express it; its pre-flight validation refuses it.
     */
    static JsonNode logicalPoolWithScope() {
        ObjectNode body = (ObjectNode) example("createLogicalPool");
        ((ObjectNode) body.path("spec")).putArray("scope").add("Train");
        return body;
    }

    @Pact(consumer = CONSUMER)
    V4Pact createInvalidPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                NO_POOLS_EXIST,
                                "a request to create a logical pool with a scope",
                                "POST",
                                CREATE_PATH)
                        .body(json(logicalPoolWithScope()), "application/json"),
                400,
                error("badRequest"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact createDuplicatePool(PactDslWithProvider builder) {
        return answer(
                signedIn(builder, POOL_AE01_EXISTS, "a request to create pool-ae01 again", "POST", CREATE_PATH)
                        .body(json(example("createPhysicalPool")), "application/json"),
                409,
                error("poolAlreadyExists"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact createPoolWithoutToken(PactDslWithProvider builder) {
        return answer(
                anonymous(builder, NO_POOLS_EXIST, "a request to create a pool without a token", "POST", CREATE_PATH)
                        .body(json(example("createPhysicalPool")), "application/json"),
                401,
                error("unauthorized"));
    }

    @Test
    @PactTestFor(pactMethod = "createPhysicalPool")
    void createsTheDocumentedPhysicalPool(MockServer mockServer) {
        Pool pool = client(mockServer).createPool(CREATE_PROJECT, model(example("createPhysicalPool")));

        assertThat(pool.getMetadata().getName()).isEqualTo("pool-ae01-" + CREATE_PROJECT);
        assertThat(pool.getMetadata().getLabels().getOsModelartsName()).isEqualTo("pool-ae01");
        assertThat(pool.getSpec().getResources()).singleElement().satisfies(r -> {
            assertThat(r.getCount()).isEqualTo(1);
            assertThat(r.getMaxCount()).isEqualTo(1);
        });
    }

    @Test
    @PactTestFor(pactMethod = "createLogicalPool")
    void createsTheDocumentedLogicalPool(MockServer mockServer) {
        Pool pool = client(mockServer).createPool(CREATE_PROJECT, model(example("createLogicalPool")));

        assertThat(pool.getMetadata().getName()).isEqualTo("pool-logic-01-" + CREATE_PROJECT);
        assertThat(pool.getSpec().getType()).hasToString("Logical");
    }

    @Test
    @PactTestFor(pactMethod = "createInvalidPool")
    void invalidPoolIsABadRequest(MockServer mockServer) {
        // Pre-flight validation would refuse this body before sending it; switched off to reach the provider.
        PoolsClient client = client(mockServer, TOKEN, false);

        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class, () -> client.createPool(CREATE_PROJECT, model(logicalPoolWithScope())));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorCode()).contains("ModelArts.50004000");
        assertThat(e.errorMsg()).isNotBlank();
    }

    @Test
    @PactTestFor(pactMethod = "createDuplicatePool")
    void duplicatePoolIsAConflict(MockServer mockServer) {
        PoolsClient client = client(mockServer);

        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class, () -> client.createPool(CREATE_PROJECT, model(example("createPhysicalPool"))));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.errorCode()).contains("ModelArts.50015000");
        assertThat(e.errorMsg()).isEqualTo("Pool already exists.");
    }

    @Test
    @PactTestFor(pactMethod = "createPoolWithoutToken")
    void creatingWithoutATokenIsUnauthorized(MockServer mockServer) {
        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> withoutToken(mockServer).createPool(CREATE_PROJECT, model(example("createPhysicalPool")), null));

        assertUnauthorized(e);
    }

    // ------------------------------------------------------------------ showPool

    /** The documented pool as the list shows it: a part of the documented show answer (shownPool). */
    private static DslPart documentedPool() {
        return ExampleBody.of(example("poolList").path("items").get(0))
                .regex("/metadata/name", "auto-pool-os-[0-9a-z]+")
                .regex("/metadata/creationTimestamp", TIMESTAMP)
                .regex("/metadata/labels/os.modelarts~1resource.id", "maos-auto-pool-os-[0-9a-z]+")
                .regex("/status/root", "auto-pool-os-[0-9a-z]+")
                .build();
    }

    private static DslPart poolNotFound() {
        return error("poolNotFound");
    }

    @Pact(consumer = CONSUMER)
    V4Pact showDocumentedPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                        builder,
                        AUTO_POOL_OS_EXISTS,
                        "a request to show the documented pool auto-pool-os",
                        "GET",
                        AUTO_POOL_OS_PATH),
                200,
                documentedPool());
    }

    @Pact(consumer = CONSUMER)
    V4Pact showCreatedPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                        builder,
                        POOL_AE01_EXISTS,
                        "a request to show the pool pool-ae01 just created",
                        "GET",
                        POOL_AE01_PATH),
                200,
                createdPhysicalPool());
    }

    @Pact(consumer = CONSUMER)
    V4Pact showDeletedPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                        builder,
                        NO_POOLS_EXIST,
                        "a request to show the pool pool-ae01, which does not exist",
                        "GET",
                        POOL_AE01_PATH),
                404,
                poolNotFound());
    }

    @Pact(consumer = CONSUMER)
    V4Pact showPoolOfAnInvalidProject(PactDslWithProvider builder) {
        return answer(
                signedIn(
                        builder,
                        NO_POOLS_EXIST,
                        "a request to show a pool of a project ID that is not valid",
                        "GET",
                        "/v2/not_a_project/pools/" + POOL_AE01),
                400,
                error("badRequest"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact showPoolWithoutToken(PactDslWithProvider builder) {
        return answer(
                anonymous(
                        builder,
                        AUTO_POOL_OS_EXISTS,
                        "a request to show a pool without a token",
                        "GET",
                        AUTO_POOL_OS_PATH),
                401,
                error("unauthorized"));
    }

    @Test
    @PactTestFor(pactMethod = "showDocumentedPool")
    void showsTheDocumentedPool(MockServer mockServer) {
        Pool pool = client(mockServer).showPool(LIST_PROJECT, AUTO_POOL_OS);

        assertThat(pool.getMetadata().getName()).isEqualTo(AUTO_POOL_OS);
        assertThat(pool.getStatus().getPhase()).hasToString("Running");
        assertThat(pool.getSpec().getResources())
                .singleElement()
                .satisfies(r -> assertThat(r.getCount()).isEqualTo(2));
    }

    @Test
    @PactTestFor(pactMethod = "showCreatedPool")
    void showsACreatedPool(MockServer mockServer) {
        Pool pool = client(mockServer).showPool(CREATE_PROJECT, POOL_AE01);

        assertThat(pool.getMetadata().getLabels().getOsModelartsName()).isEqualTo("pool-ae01");
        assertThat(pool.getSpec().getResources())
                .singleElement()
                .satisfies(r -> assertThat(r.getCount()).isEqualTo(1));
    }

    @Test
    @PactTestFor(pactMethod = "showDeletedPool")
    void aPoolThatDoesNotExistIsNotFound(MockServer mockServer) {
        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class, () -> client(mockServer).showPool(CREATE_PROJECT, POOL_AE01));

        assertNotFound(e);
    }

    @Test
    @PactTestFor(pactMethod = "showPoolOfAnInvalidProject")
    void invalidProjectIdIsABadRequest(MockServer mockServer) {
        // Pre-flight validation would refuse the project ID before sending; switched off to reach the provider.
        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class, () -> client(mockServer, TOKEN, false).showPool("not_a_project", POOL_AE01));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorCode()).contains("ModelArts.50004000");
    }

    @Test
    @PactTestFor(pactMethod = "showPoolWithoutToken")
    void showingWithoutATokenIsUnauthorized(MockServer mockServer) {
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> withoutToken(mockServer).showPool(LIST_PROJECT, AUTO_POOL_OS));

        assertUnauthorized(e);
    }

    // ------------------------------------------------------------------ updatePool

    /**
     * The documented scale-out answer (scaledPool) without the zones of the nodes, which the provider places
     * itself: one node on its way, two available.
     */
    private static DslPart scaledDocumentedPool() {
        ObjectNode scaled = (ObjectNode) example("scaledPool");
        for (JsonNode stage : scaled.at("/status/resources")) {
            stage.forEach(nodes -> ((ObjectNode) nodes).remove("azs"));
        }
        return ExampleBody.of(scaled)
                .regex("/metadata/name", "auto-pool-os-[0-9a-z]+")
                .regex("/metadata/creationTimestamp", TIMESTAMP)
                .regex("/metadata/labels/os.modelarts~1resource.id", "maos-auto-pool-os-[0-9a-z]+")
                .regex("/status/root", "auto-pool-os-[0-9a-z]+")
                .build();
    }

    /** pool-ae01 scaled out from one node to two. */
    static JsonNode scalePoolAe01ToTwo() {
        return JSON.readTree("{\"spec\":{\"resources\":[{\"flavor\":\"modelarts.vm.cpu.8ud\",\"count\":2}]}}");
    }

    @Pact(consumer = CONSUMER)
    V4Pact scaleDocumentedPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                AUTO_POOL_OS_EXISTS,
                                "a merge patch that scales the documented pool out to three nodes",
                                "PATCH",
                                AUTO_POOL_OS_PATH)
                        .body(json(example("scalePool")), MERGE_PATCH),
                200,
                scaledDocumentedPool());
    }

    @Pact(consumer = CONSUMER)
    V4Pact scaleRunningPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                POOL_AE01_RUNNING,
                                "a merge patch that scales pool-ae01 out to two nodes",
                                "PATCH",
                                POOL_AE01_PATH)
                        .body(json(scalePoolAe01ToTwo()), MERGE_PATCH),
                200,
                poolAe01(pool -> {
                            ObjectNode resource = (ObjectNode) pool.at("/spec/resources/0");
                            resource.put("count", 2);
                            resource.put("maxCount", 2);
                            pool.putObject("status").put("phase", "Running");
                        })
                        .build());
    }

    @Pact(consumer = CONSUMER)
    V4Pact relabelRunningPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                POOL_AE01_RUNNING,
                                "a merge patch that shares pool-ae01, describes it and removes the label team",
                                "PATCH",
                                POOL_AE01_PATH)
                        .body(json(example("relabelPool")), MERGE_PATCH),
                200,
                poolAe01(pool -> {
                            ((ObjectNode) pool.at("/metadata/labels")).put("os.modelarts/sharing", "shared");
                            ((ObjectNode) pool.at("/metadata/annotations"))
                                    .put("os.modelarts/description", "Training pool of the vision team");
                            pool.putObject("status").put("phase", "Running");
                        })
                        .build());
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateCreatingPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                POOL_AE01_CREATING,
                                "a merge patch for pool-ae01 while it is still being created",
                                "PATCH",
                                POOL_AE01_PATH)
                        .body(json(scalePoolAe01ToTwo()), MERGE_PATCH),
                409,
                error("poolNotRunning"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact renamePool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                POOL_AE01_RUNNING,
                                "a merge patch that tries to change the name label of pool-ae01",
                                "PATCH",
                                POOL_AE01_PATH)
                        .body(json(renamePatch()), MERGE_PATCH),
                400,
                error("badRequest"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateMissingPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                                builder,
                                NO_POOLS_EXIST,
                                "a merge patch for pool-ae01, which does not exist",
                                "PATCH",
                                POOL_AE01_PATH)
                        .body(json(scalePoolAe01ToTwo()), MERGE_PATCH),
                404,
                poolNotFound());
    }

    @Pact(consumer = CONSUMER)
    V4Pact updatePoolWithoutToken(PactDslWithProvider builder) {
        return answer(
                anonymous(builder, POOL_AE01_RUNNING, "a merge patch without a token", "PATCH", POOL_AE01_PATH)
                        .body(json(scalePoolAe01ToTwo()), MERGE_PATCH),
                401,
                error("unauthorized"));
    }

    /** The name label cannot change (the typed patch can express it; pre-flight validation refuses it). */
    static JsonNode renamePatch() {
        return JSON.readTree("{\"metadata\":{\"labels\":{\"os.modelarts/name\":\"pool-ae02\"}}}");
    }

    @Test
    @PactTestFor(pactMethod = "scaleDocumentedPool")
    void scalesTheDocumentedPool(MockServer mockServer) {
        Pool pool = client(mockServer).updatePool(LIST_PROJECT, AUTO_POOL_OS, patch(example("scalePool")));

        assertThat(pool.getSpec().getResources())
                .singleElement()
                .satisfies(r -> assertThat(r.getCount()).isEqualTo(3));
        assertThat(pool.getStatus().getResources().getCreating())
                .singleElement()
                .satisfies(c -> assertThat(c.getCount()).isEqualTo(1));
    }

    @Test
    @PactTestFor(pactMethod = "scaleRunningPool")
    void scalesARunningPool(MockServer mockServer) {
        Pool pool = client(mockServer).updatePool(CREATE_PROJECT, POOL_AE01, patch(scalePoolAe01ToTwo()));

        assertThat(pool.getSpec().getResources())
                .singleElement()
                .satisfies(r -> assertThat(r.getCount()).isEqualTo(2));
    }

    @Test
    @PactTestFor(pactMethod = "relabelRunningPool")
    void sendsAnExplicitNullToRemoveALabel(MockServer mockServer) {
        PoolUpdate relabel = patch(example("relabelPool"));

        Pool pool = client(mockServer).updatePool(CREATE_PROJECT, POOL_AE01, relabel);

        // The mock server matched the body exactly, "team": null included (RFC 7396 removal).
        assertThat(pool.getMetadata().getLabels().getOsModelartsSharing()).hasToString("shared");
        assertThat(Objects.requireNonNullElse(pool.getMetadata().getLabels().getAdditionalProperties(), Map.of()))
                .doesNotContainKey("team");
        assertThat(pool.getMetadata().getAnnotations().getOsModelartsDescription())
                .isEqualTo("Training pool of the vision team");
    }

    @Test
    @PactTestFor(pactMethod = "updateCreatingPool")
    void aPoolThatIsNotRunningCannotBeUpdated(MockServer mockServer) {
        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class,
                () -> client(mockServer).updatePool(CREATE_PROJECT, POOL_AE01, patch(scalePoolAe01ToTwo())));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.errorCode()).contains("ModelArts.2887");
    }

    @Test
    @PactTestFor(pactMethod = "renamePool")
    void aFixedFieldIsABadRequest(MockServer mockServer) {
        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class,
                () -> client(mockServer, TOKEN, false).updatePool(CREATE_PROJECT, POOL_AE01, patch(renamePatch())));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorCode()).contains("ModelArts.50004000");
    }

    @Test
    @PactTestFor(pactMethod = "updateMissingPool")
    void updatingAPoolThatDoesNotExistIsNotFound(MockServer mockServer) {
        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class,
                () -> client(mockServer).updatePool(CREATE_PROJECT, POOL_AE01, patch(scalePoolAe01ToTwo())));

        assertNotFound(e);
    }

    @Test
    @PactTestFor(pactMethod = "updatePoolWithoutToken")
    void updatingWithoutATokenIsUnauthorized(MockServer mockServer) {
        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> withoutToken(mockServer).updatePool(CREATE_PROJECT, POOL_AE01, patch(scalePoolAe01ToTwo())));

        assertUnauthorized(e);
    }

    // ------------------------------------------------------------------ deletePool

    /**
     * The documented pool as its deletion begins (deletedPool), without its nodes, which the provider may report
     * as available or as being deleted.
     */
    private static DslPart deletedDocumentedPool() {
        ObjectNode deleted = (ObjectNode) example("deletedPool");
        ((ObjectNode) deleted.get("status")).remove("resources");
        return ExampleBody.of(deleted)
                .regex("/metadata/name", "auto-pool-os-[0-9a-z]+")
                .regex("/metadata/creationTimestamp", TIMESTAMP)
                .regex("/metadata/deletionTimestamp", TIMESTAMP)
                .regex("/metadata/labels/os.modelarts~1resource.id", "maos-auto-pool-os-[0-9a-z]+")
                .regex("/status/root", "auto-pool-os-[0-9a-z]+")
                .build();
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteDocumentedPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                        builder,
                        AUTO_POOL_OS_EXISTS,
                        "a request to delete the documented pool auto-pool-os",
                        "DELETE",
                        AUTO_POOL_OS_PATH),
                200,
                deletedDocumentedPool());
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteRunningPool(PactDslWithProvider builder) {
        return answer(
                signedIn(builder, POOL_AE01_RUNNING, "a request to delete pool-ae01", "DELETE", POOL_AE01_PATH),
                200,
                poolAe01(pool -> {
                            ((ObjectNode) pool.get("metadata")).put("deletionTimestamp", "2024-10-25T08:00:00Z");
                            pool.putObject("status").put("phase", "Deleting");
                        })
                        .regex("/metadata/deletionTimestamp", TIMESTAMP)
                        .build());
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteMissingPool(PactDslWithProvider builder) {
        return answer(
                signedIn(
                        builder,
                        NO_POOLS_EXIST,
                        "a request to delete pool-ae01, which does not exist",
                        "DELETE",
                        POOL_AE01_PATH),
                404,
                poolNotFound());
    }

    @Pact(consumer = CONSUMER)
    V4Pact deletePoolOfAnInvalidProject(PactDslWithProvider builder) {
        return answer(
                signedIn(
                        builder,
                        NO_POOLS_EXIST,
                        "a request to delete a pool of a project ID that is not valid",
                        "DELETE",
                        "/v2/not_a_project/pools/" + POOL_AE01),
                400,
                error("badRequest"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact deletePoolWithoutToken(PactDslWithProvider builder) {
        return answer(
                anonymous(
                        builder,
                        POOL_AE01_RUNNING,
                        "a request to delete a pool without a token",
                        "DELETE",
                        POOL_AE01_PATH),
                401,
                error("unauthorized"));
    }

    @Test
    @PactTestFor(pactMethod = "deleteDocumentedPool")
    void deletesTheDocumentedPool(MockServer mockServer) {
        DeletedPool pool = client(mockServer).deletePool(LIST_PROJECT, AUTO_POOL_OS);

        assertThat(pool.getMetadata().getName()).isEqualTo(AUTO_POOL_OS);
        assertThat(pool.getMetadata().getDeletionTimestamp()).isNotNull();
        assertThat(pool.getStatus().getPhase()).hasToString("Deleting");
    }

    @Test
    @PactTestFor(pactMethod = "deleteRunningPool")
    void deletesARunningPool(MockServer mockServer) {
        DeletedPool pool = client(mockServer).deletePool(CREATE_PROJECT, POOL_AE01);

        assertThat(pool.getMetadata().getDeletionTimestamp()).isEqualTo(OffsetDateTime.parse("2024-10-25T08:00:00Z"));
    }

    @Test
    @PactTestFor(pactMethod = "deleteMissingPool")
    void deletingAPoolThatDoesNotExistIsNotFound(MockServer mockServer) {
        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class, () -> client(mockServer).deletePool(CREATE_PROJECT, POOL_AE01));

        assertNotFound(e);
    }

    @Test
    @PactTestFor(pactMethod = "deletePoolOfAnInvalidProject")
    void deletingInAnInvalidProjectIsABadRequest(MockServer mockServer) {
        PoolsApiException e = catchThrowableOfType(
                PoolsApiException.class, () -> client(mockServer, TOKEN, false).deletePool("not_a_project", POOL_AE01));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorCode()).contains("ModelArts.50004000");
    }

    @Test
    @PactTestFor(pactMethod = "deletePoolWithoutToken")
    void deletingWithoutATokenIsUnauthorized(MockServer mockServer) {
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> withoutToken(mockServer).deletePool(CREATE_PROJECT, POOL_AE01, null));

        assertUnauthorized(e);
    }

    // ------------------------------------------------------------------ helpers

    private static PoolsClient client(MockServer mockServer) {
        return client(mockServer, TOKEN, true);
    }

    private static PoolsClient client(MockServer mockServer, String token, boolean validateRequests) {
        return PoolsClient.builder()
                .endpoint(URI.create(mockServer.getUrl()))
                .token(token)
                .validateRequests(validateRequests)
                .build();
    }

    /**
     * PoolsClient refuses to send a request without a token, so the token-less call goes through the generated
     * API class underneath it, with no token interceptor.
     */
    private static ResourcePoolsApi withoutToken(MockServer mockServer) {
        ApiClient apiClient = new ApiClient();
        apiClient.updateBaseUri(mockServer.getUrl());
        return new ResourcePoolsApi(apiClient);
    }

    private static void assertUnauthorized(ApiException e) {
        assertThat(e.getCode()).isEqualTo(401);
        assertThat(JSON.readTree(e.getResponseBody()).path("error_code").asString())
                .isEqualTo("ModelArts.50001000");
    }

    private static PoolCreation model(JsonNode body) {
        return JSON.treeToValue(body, PoolCreation.class);
    }

    private static PoolUpdate patch(JsonNode body) {
        return JSON.treeToValue(body, PoolUpdate.class);
    }

    private static void assertNotFound(PoolsApiException e) {
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.errorCode()).contains("ModelArts.50015001");
        assertThat(e.errorMsg()).isNotBlank();
    }
}
