package dev.poolspec.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two operations over real HTTP; every answer's body is checked against the spec (generated validators and
 * networknt) before it is handed to the test.
 */
public final class Api {

    private final Http http;

    public Api(Http http) {
        this.http = http;
    }

    public Http http() {
        return http;
    }

    /** {@code GET /v2/{project}/pools?<query>}, answer checked against listPools' responses. */
    public Http.Response list(String project, String... queryPairs) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < queryPairs.length; i += 2) {
            query.put(queryPairs[i], queryPairs[i + 1]);
        }
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((k, v) -> q.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        Http.Response r = http.get("/v2/" + project + "/pools" + q);
        SpecCheck.assertConforms("listPools", r.status(), r.json());
        return r;
    }

    /** {@code POST /v2/{project}/pools}, answer checked against createPool's responses. */
    public Http.Response create(String project, String body) {
        Http.Response r = http.post("/v2/" + project + "/pools", body);
        SpecCheck.assertConforms("createPool", r.status(), r.json());
        return r;
    }

    public Http.Response create(String project, JsonNode body) {
        return create(project, Http.JSON.writeValueAsString(body));
    }

    /** Creates and asserts 200. */
    public JsonNode created(String project, JsonNode body) {
        Http.Response r = create(project, body);
        assertThat(r.status()).as("create answer %s", r.text()).isEqualTo(200);
        return r.json();
    }

    /** {@code GET /v2/{project}/pools/{pool}}, answer checked against showPool's responses. */
    public Http.Response show(String project, String pool) {
        Http.Response r = http.get("/v2/" + project + "/pools/" + pool);
        SpecCheck.assertConforms("showPool", r.status(), r.json());
        return r;
    }

    /** {@code PATCH /v2/{project}/pools/{pool}} as a merge patch, answer checked against updatePool's responses. */
    public Http.Response patch(String project, String pool, String body) {
        Http.Response r = http.send(
                "PATCH",
                "/v2/" + project + "/pools/" + pool,
                Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", "application/merge-patch+json"),
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        SpecCheck.assertConforms("updatePool", r.status(), r.json());
        return r;
    }

    public Http.Response patch(String project, String pool, JsonNode body) {
        return patch(project, pool, Http.JSON.writeValueAsString(body));
    }

    /** {@code DELETE /v2/{project}/pools/{pool}}, answer checked against deletePool's responses. */
    public Http.Response delete(String project, String pool) {
        Http.Response r = http.send(
                "DELETE",
                "/v2/" + project + "/pools/" + pool,
                Map.of("X-Auth-Token", Http.TOKEN),
                HttpRequest.BodyPublishers.noBody());
        SpecCheck.assertConforms("deletePool", r.status(), r.json());
        return r;
    }

    /** The ID ({@code metadata.name}) of a pool answer. */
    public static String id(JsonNode pool) {
        return pool.at("/metadata/name").asString();
    }

    /** The items of a 200 list answer. */
    public JsonNode items(String project, String... queryPairs) {
        Http.Response r = list(project, queryPairs);
        assertThat(r.status()).as("list answer %s", r.text()).isEqualTo(200);
        return r.json().get("items");
    }

    /** The corrected documented physical-pool create body (from the spec), with another name. */
    public static ObjectNode physical(String name) {
        ObjectNode body = (ObjectNode) PoolService.documentedExample("createPhysicalPool");
        labels(body).put("os.modelarts/name", name);
        return body;
    }

    /** The corrected documented logical-pool create body (from the spec), with another name. */
    public static ObjectNode logical(String name) {
        ObjectNode body = (ObjectNode) PoolService.documentedExample("createLogicalPool");
        labels(body).put("os.modelarts/name", name);
        return body;
    }

    public static ObjectNode labels(JsonNode body) {
        return (ObjectNode) body.get("metadata").get("labels");
    }
}
