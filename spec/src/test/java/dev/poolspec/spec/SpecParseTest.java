package dev.poolspec.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.poolspec.spec.testsupport.JsonPointers;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The spec parses cleanly, both published forms agree, and its structure keeps the team's conventions. */
class SpecParseTest {

    private static final Set<String> FREE_FORM =
            Set.of("PoolLabelsCreation", "PoolAnnotationsCreation", "PoolMetaLabels", "PoolMetaAnnotations");
    /** Labels and annotations of a merge patch: other keys take a string, or null to remove them (RFC 7396). */
    private static final Set<String> FREE_FORM_PATCH = Set.of("PoolLabelsUpdate", "PoolAnnotationsUpdate");

    static SwaggerParseResult parse(String resource) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(Spec.text(resource), null, options);
    }

    @ParameterizedTest
    @ValueSource(strings = {Spec.YAML, Spec.JSON})
    void swaggerParserReadsTheSpecWithoutMessages(String resource) {
        SwaggerParseResult result = parse(resource);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getComponents().getSchemas().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Spec.tree().path("components").path("schemas").propertyNames());
    }

    /** No orphan: every component schema is reached from an operation through {@code $ref}s. */
    @Test
    void everyComponentSchemaIsUsedByAnOperation() {
        assertThat(Spec.schemasReachedFrom(List.of(Spec.tree().get("paths"))))
                .containsExactlyInAnyOrderElementsOf(
                        Spec.tree().path("components").path("schemas").propertyNames());
    }

    @Test
    void jsonFormIsTheSameDocumentAsTheYaml() {
        assertThat(Spec.json(Spec.text(Spec.JSON))).isEqualTo(Spec.tree());
    }

    @Test
    void everyReferenceResolvesInsideTheDocument() {
        List<String> refs = new ArrayList<>();
        walk(Spec.tree(), "", (pointer, node) -> {
            if (node.isObject() && node.has("$ref")) {
                refs.add(node.get("$ref").asString());
            }
        });
        assertThat(refs).hasSizeGreaterThan(50).allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(Spec.tree().at(ref.substring(1)).isMissingNode())
                    .as("target of %s", ref)
                    .isFalse();
        });
    }

    @Test
    void infoServersAndDialectAreComplete() {
        OpenAPI api = parse(Spec.YAML).getOpenAPI();
        assertThat(api.getJsonSchemaDialect()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(api.getInfo().getVersion()).isEqualTo("1.0.0");
        assertThat(api.getInfo().getTitle()).isNotBlank();
        assertThat(api.getInfo().getDescription()).isNotBlank();
        assertThat(api.getInfo().getContact().getName()).isNotBlank();
        assertThat(api.getInfo().getLicense().getIdentifier()).isEqualTo("Apache-2.0");
        assertThat(api.getServers()).singleElement().satisfies(server -> {
            assertThat(server.getUrl()).isEqualTo("https://{endpoint}");
            assertThat(server.getVariables().get("endpoint").getDefault())
                    .isEqualTo("modelarts.eu-west-101.myhuaweicloud.eu");
        });
        assertThat(api.getTags()).extracting(t -> t.getName()).containsExactly("ResourcePools");
    }

    @Test
    void securityIsTokenOrAkSkEverywhere() {
        OpenAPI api = parse(Spec.YAML).getOpenAPI();
        var schemes = api.getComponents().getSecuritySchemes();
        assertThat(schemes.get("iamToken").getName()).isEqualTo("X-Auth-Token");
        assertThat(schemes.get("akskSignature").getName()).isEqualTo("Authorization");
        assertThat(schemes.get("akskDate").getName()).isEqualTo("X-Sdk-Date");
        schemes.values().forEach(s -> assertThat(s.getIn().toString()).isEqualTo("header"));
        assertThat(api.getSecurity())
                .extracting(SecurityRequirement::keySet)
                .containsExactly(Set.of("iamToken"), Set.of("akskSignature", "akskDate"));
        api.getPaths()
                .values()
                .forEach(p -> p.readOperations()
                        .forEach(op -> assertThat(op.getSecurity())
                                .as("no operation overrides security")
                                .isNull()));
    }

    @Test
    void listPoolsHasTheDocumentedParametersNoBodyAndItsAnswers() {
        OpenAPI api = parse(Spec.YAML).getOpenAPI();
        PathItem path = api.getPaths().get("/v2/{project_id}/pools");
        Operation list = path.getGet();

        assertThat(list.getOperationId()).isEqualTo("listPools");
        assertThat(list.getRequestBody()).as("ERRATA E12: no body on GET").isNull();
        assertThat(path.getParameters())
                .singleElement()
                .extracting(p -> deref(api, p))
                .satisfies(p -> {
                    assertThat(p.getName()).isEqualTo("project_id");
                    assertThat(p.getIn()).isEqualTo("path");
                    assertThat(p.getRequired()).isTrue();
                });
        Map<String, Parameter> params = byName(list.getParameters());
        assertThat(params).containsOnlyKeys("workspaceId", "labelSelector", "status", "parent");
        params.values().forEach(p -> {
            assertThat(p.getIn()).isEqualTo("query");
            assertThat(p.getRequired()).isFalse();
        });
        assertThat(params.get("workspaceId").getSchema().getDefault()).isEqualTo("0");
        assertThat(params.get("status").getSchema().getEnum()).containsExactly("created", "creating", "failed");
        assertThat(params.get("labelSelector").getDescription())
                .contains("`key notin (v1,v2)`", "`!key`", "comma = AND");
        assertThat(list.getResponses()).containsOnlyKeys("200", "400", "401", "500");
        assertThat(Spec.tree()
                        .at("/paths/~1v2~1{project_id}~1pools/get/responses/200/content/application~1json"
                                + "/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/PoolList");
    }

    @Test
    void createPoolHasTheDocumentedHeaderBodyAndAnswers() {
        Operation create = parse(Spec.YAML)
                .getOpenAPI()
                .getPaths()
                .get("/v2/{project_id}/pools")
                .getPost();

        assertThat(create.getOperationId()).isEqualTo("createPool");
        assertThat(create.getParameters()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("request-type");
            assertThat(p.getIn()).isEqualTo("header");
            assertThat(p.getRequired()).isFalse();
            assertThat(p.getSchema().getEnum()).containsExactly("console");
        });
        assertThat(create.getRequestBody().getRequired()).isTrue();
        assertThat(create.getResponses()).containsOnlyKeys("200", "400", "401", "409", "413", "415", "500");
        JsonNode responses = Spec.tree().at("/paths/~1v2~1{project_id}~1pools/post/responses");
        assertThat(responses.at("/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Pool");
        assertThat(Spec.tree()
                        .at("/paths/~1v2~1{project_id}~1pools/post/requestBody/content/application~1json"
                                + "/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/PoolCreation");
    }

    @Test
    void poolOperationsHaveTheDocumentedParametersBodiesAndAnswers() {
        OpenAPI api = parse(Spec.YAML).getOpenAPI();
        PathItem path = api.getPaths().get("/v2/{project_id}/pools/{pool_name}");
        assertThat(path.getParameters())
                .extracting(p -> deref(api, p))
                .extracting(Parameter::getName, Parameter::getIn, Parameter::getRequired)
                .containsExactly(tuple("project_id", "path", true), tuple("pool_name", "path", true));
        assertThat(path.readOperationsMap().keySet())
                .containsExactlyInAnyOrder(
                        PathItem.HttpMethod.GET, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

        Operation show = path.getGet();
        assertThat(show.getOperationId()).isEqualTo("showPool");
        assertThat(show.getParameters())
                .as("no documented parameter besides the path")
                .isNull();
        assertThat(show.getRequestBody()).as("ERRATA E17: no body on GET").isNull();
        assertThat(show.getResponses()).containsOnlyKeys("200", "400", "401", "404", "500");

        Operation update = path.getPatch();
        assertThat(update.getOperationId()).isEqualTo("updatePool");
        assertThat(update.getParameters()).isNull();
        assertThat(update.getRequestBody().getRequired()).isTrue();
        assertThat(update.getRequestBody().getContent())
                .as("ERRATA E18: the merge-patch media type")
                .containsOnlyKeys("application/merge-patch+json");
        assertThat(update.getResponses()).containsOnlyKeys("200", "400", "401", "404", "409", "413", "415", "500");

        Operation delete = path.getDelete();
        assertThat(delete.getOperationId()).isEqualTo("deletePool");
        assertThat(delete.getRequestBody()).as("ERRATA E17: no body on DELETE").isNull();
        assertThat(delete.getParameters()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("request-type");
            assertThat(p.getIn()).isEqualTo("header");
            assertThat(p.getRequired()).isFalse();
            assertThat(p.getSchema().getEnum()).containsExactly("console");
        });
        assertThat(delete.getResponses()).containsOnlyKeys("200", "400", "401", "404", "500");

        JsonNode item = Spec.tree().at("/paths/~1v2~1{project_id}~1pools~1{pool_name}");
        assertThat(item.at("/get/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Pool");
        assertThat(item.at("/patch/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Pool");
        assertThat(item.at("/patch/requestBody/content/application~1merge-patch+json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/PoolUpdate");
        assertThat(item.at("/delete/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/DeletedPool");
        for (String method : List.of("get", "patch", "delete")) {
            assertThat(item.at("/" + method + "/responses/404/$ref").asString())
                    .isEqualTo("#/components/responses/PoolNotFound");
        }
    }

    @Test
    void everyErrorAnswerIsAnErrorResponse() {
        List<String> errors = new ArrayList<>();
        for (var path : Spec.tree().get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (operation.getKey().equals("parameters")) {
                    continue;
                }
                String method = operation.getKey();
                for (var response : operation.getValue().get("responses").properties()) {
                    if (!response.getKey().equals("200")) {
                        JsonNode r = response.getValue();
                        if (r.has("$ref")) {
                            r = Spec.tree().at(r.get("$ref").asString().substring(1));
                        }
                        assertThat(r.get("content").propertyNames()).containsExactly("application/json");
                        errors.add(method + " " + response.getKey() + " "
                                + r.at("/content/application~1json/schema/$ref").asString());
                    }
                }
            }
        }
        assertThat(errors).hasSize(24).allSatisfy(e -> assertThat(e).endsWith("#/components/schemas/ErrorResponse"));
        assertThat(Spec.tree().at("/components/schemas/ErrorResponse/required"))
                .containsExactly(Spec.json("\"error_code\""), Spec.json("\"error_msg\""));
    }

    @Test
    void objectSchemasAreClosedExceptLabelsAndAnnotations() {
        for (var entry : Spec.tree().get("components").get("schemas").properties()) {
            JsonNode schema = entry.getValue();
            assertThat(schema.get("type").asString()).as(entry.getKey()).isEqualTo("object");
            if (FREE_FORM.contains(entry.getKey())) {
                assertThat(schema.get("additionalProperties"))
                        .as(entry.getKey())
                        .isEqualTo(Spec.json("{\"type\":\"string\"}"));
            } else if (FREE_FORM_PATCH.contains(entry.getKey())) {
                assertThat(schema.get("additionalProperties"))
                        .as(entry.getKey())
                        .isEqualTo(Spec.json("{\"type\":[\"string\",\"null\"]}"));
            } else {
                assertThat(schema.get("additionalProperties").isBoolean())
                        .as(entry.getKey())
                        .isTrue();
                assertThat(schema.get("additionalProperties").asBoolean())
                        .as(entry.getKey())
                        .isFalse();
            }
        }
        walk(Spec.tree().get("components").get("schemas"), "", (pointer, node) -> {
            if (node.isObject()
                    && "object".equals(node.path("type").asString(null))
                    && !node.has("additionalProperties")) {
                throw new AssertionError("object schema without additionalProperties at " + pointer);
            }
        });
    }

    /** Generators must be able to read every schema: no boolean schemas, no $defs, simple conditionals. */
    @Test
    void schemasUseOnlyTheAgreedForms() {
        List<String> problems = new ArrayList<>();
        walk(Spec.tree().get("components").get("schemas"), "", (pointer, node) -> {
            if (node.isObject() && node.has("$defs")) {
                problems.add("$defs at " + pointer);
            }
            if (node.isBoolean() && !pointer.endsWith("/additionalProperties")) {
                problems.add("boolean schema at " + pointer);
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Every member of a schema's {@code allOf} is either a conditional with a readable {@code if} (tests of single
     * {@code const}/{@code enum}/{@code pattern} values, nested through {@code properties}) and described branches
     * naming declared members, or a described {@code not: {required: [name]}} that forbids one member (alone, such
     * a rule is the schema's own {@code not}).
     */
    @Test
    void conditionalsHaveReadableIfsDescribedBranchesAndDeclaredNames() {
        int conditionals = 0;
        int forbiddenMembers = 0;
        for (var entry : Spec.tree().get("components").get("schemas").properties()) {
            JsonNode schema = entry.getValue();
            for (JsonNode member : schema.path("allOf")) {
                if (!member.has("if")) {
                    forbiddenMembers++;
                    assertThat(member.propertyNames()).as(entry.getKey()).containsExactly("not");
                    assertThat(member.get("not").propertyNames()).containsExactlyInAnyOrder("description", "required");
                    assertThat(member.get("not").get("required")).hasSize(1);
                    assertThat(member.get("not").get("description").asString()).endsWith(".");
                    continue;
                }
                conditionals++;
                assertReadableCondition(entry.getKey(), member.get("if"));
                assertThat(member.has("then") || member.has("else")).isTrue();
                for (String branch : List.of("then", "else")) {
                    if (member.has(branch)) {
                        JsonNode b = member.get(branch);
                        assertThat(b.path("description").asString(""))
                                .as("%s %s description", entry.getKey(), branch)
                                .endsWith(".");
                        List<String> names = new ArrayList<>();
                        b.path("required").forEach(n -> names.add(n.asString()));
                        b.path("not").path("required").forEach(n -> names.add(n.asString()));
                        b.path("properties").propertyNames().forEach(names::add);
                        assertThat(names)
                                .as("%s %s names", entry.getKey(), branch)
                                .isNotEmpty()
                                .allSatisfy(
                                        n -> assertThat(schema.get("properties").has(n))
                                                .as("%s declares %s", entry.getKey(), n)
                                                .isTrue());
                    }
                }
            }
        }
        assertThat(conditionals).isEqualTo(10);
        assertThat(forbiddenMembers).isEqualTo(6);
        JsonNode annotations = Spec.tree().at("/components/schemas/PoolAnnotationsUpdate");
        assertThat(annotations.has("allOf"))
                .as("a one-member allOf reads as an alias to generators")
                .isFalse();
        assertThat(annotations.get("not").get("description").asString()).endsWith(".");
    }

    private static void assertReadableCondition(String schema, JsonNode condition) {
        assertThat(condition.propertyNames()).as(schema).containsExactlyInAnyOrder("properties", "required");
        for (JsonNode test : condition.get("properties")) {
            if (test.has("properties")) {
                assertReadableCondition(schema, test);
            } else if (test.has("required")) {
                assertThat(test.propertyNames()).as(schema).containsExactly("required");
            } else {
                assertThat(test.propertyNames()).as(schema).hasSize(1).isSubsetOf("const", "enum", "pattern");
            }
        }
    }

    private static Parameter deref(OpenAPI api, Parameter p) {
        return p.get$ref() == null
                ? p
                : api.getComponents()
                        .getParameters()
                        .get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
    }

    private static Map<String, Parameter> byName(List<Parameter> parameters) {
        Map<String, Parameter> result = new java.util.LinkedHashMap<>();
        parameters.forEach(p -> result.put(p.getName(), p));
        return result;
    }

    static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        visitor.accept(pointer, node);
        if (node.isObject()) {
            for (var e : node.properties()) {
                walk(e.getValue(), JsonPointers.append(pointer, e.getKey()), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
