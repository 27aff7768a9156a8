package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.generator.GeneratedCode.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parameters as OpenAPI serializes them ({@code style}/{@code explode}: arrays in one string, objects as deepObject
 * or form members) and operations with two media types of one kind (JSON and merge patch, url-encoded and
 * multipart), each body checked against its own schema: {@code good/parameter-styles.yaml}.
 */
class ParameterStylesAndBodiesTest {
    private static final GeneratedCode CODE = GeneratedCode.of("good/parameter-styles.yaml");

    private static Result items(Map<String, List<String>> query, Map<String, List<String>> headers) {
        return CODE.request("getItems", Map.of("ids", "1,2"), query, headers, null);
    }

    private static Result request(String operationId, Map<String, String> path, String contentType, String body) {
        return CODE.request(operationId, path, contentType, body);
    }

    @Test
    void arrayParametersAreSplitAsTheirStyleSays() {
        assertThat(items(Map.of(), Map.of()).valid())
                .as("path /items/1,2 (simple)")
                .isTrue();
        assertThat(CODE.request("getItems", Map.of("ids", "1,x"), Map.of(), Map.of(), null)
                        .where())
                .containsExactly("path /ids/1 type");
        assertThat(items(Map.of("tags", List.of("1,2")), Map.of()).valid())
                .as("form, explode false: ?tags=1,2")
                .isTrue();
        assertThat(items(Map.of("tags", List.of("1,20")), Map.of()).where()).containsExactly("query /tags/1 maximum");
        assertThat(items(Map.of("each", List.of("1", "2")), Map.of()).valid())
                .as("form, exploded: ?each=1&each=2")
                .isTrue();
        assertThat(items(Map.of("each", List.of("1,2")), Map.of()).where())
                .as("exploded form does not split on commas")
                .containsExactly("query /each/0 type");
        assertThat(items(Map.of("spaces", List.of("1 2")), Map.of()).valid()).isTrue();
        assertThat(items(Map.of("pipes", List.of("1|2")), Map.of()).valid()).isTrue();
        assertThat(items(Map.of("pipes", List.of("1|b")), Map.of()).where()).containsExactly("query /pipes/1 type");
        assertThat(items(Map.of(), Map.of("x-ids", List.of("1,2"))).valid())
                .as("header X-Ids: 1,2 (simple)")
                .isTrue();
    }

    @Test
    void objectParametersAreReadFromTheirMembers() {
        Map<String, List<String>> deep = new LinkedHashMap<>();
        deep.put("filter[min]", List.of("3"));
        deep.put("filter[name]", List.of("x"));
        assertThat(items(deep, Map.of()).valid())
                .as("deepObject ?filter[min]=3&filter[name]=x")
                .isTrue();
        assertThat(items(Map.of("filter[name]", List.of("x")), Map.of()).where())
                .containsExactly("query /filter/min required");
        assertThat(items(Map.of("filter[min]", List.of("three")), Map.of()).where())
                .containsExactly("query /filter/min type");
        assertThat(items(Map.of("point", List.of("x,1,y,2")), Map.of()).valid())
                .as("form, explode false: ?point=x,1,y,2")
                .isTrue();
        assertThat(items(Map.of("point", List.of("x,1,y")), Map.of()).where())
                .as("an odd number of items is no object")
                .containsExactly("query /point type");
        assertThat(CODE.request("listPages", Map.of(), Map.of("limit", List.of("10")), Map.of(), null)
                        .valid())
                .as("exploded form object: its properties are query parameters, ?limit=10")
                .isTrue();
        assertThat(CODE.request("listPages", Map.of(), Map.of("limit", List.of("101")), Map.of(), null)
                        .where())
                .containsExactly("query /paging/limit maximum");
        assertThat(CODE.request("listPages", Map.of(), Map.of(), Map.of(), null).where())
                .containsExactly("query /paging required");
    }

    @Test
    void eachMediaTypeHasItsOwnSchema() {
        Map<String, String> id = Map.of("id", "t1");
        assertThat(request("updateThing", id, "application/merge-patch+json", "{\"name\": null}")
                        .valid())
                .as("merge patch: null removes the member")
                .isTrue();
        assertThat(request("updateThing", id, "application/json", "{\"name\": null}")
                        .where())
                .containsExactly("body /name type");
        assertThat(request("updateThing", id, null, "{\"name\": \"a\"}").valid())
                .as("no content type: the first JSON body")
                .isTrue();
        assertThat(request("upload", Map.of(), "multipart/form-data; boundary=x", "{\"name\": \"a\", \"age\": \"3\"}")
                        .valid())
                .as("multipart has its own schema (allOf), fields converted through allOf")
                .isTrue();
        assertThat(request("upload", Map.of(), "application/x-www-form-urlencoded", "{\"name\": \"a\"}")
                        .where())
                .containsExactly("body /title required");
        assertThat(request(
                                "upload",
                                Map.of(),
                                "multipart/form-data",
                                "{\"name\": \"a\", \"colors\": \"red\", \"ids\": [\"1\", \"2\"]}")
                        .valid())
                .as("a form field sent once is a one-item array; array items are converted")
                .isTrue();
        assertThat(request("upload", Map.of(), "multipart/form-data", "{\"name\": \"a\", \"ids\": [\"1\", \"x\"]}")
                        .where())
                .containsExactly("body /ids/1 type");
    }
}
