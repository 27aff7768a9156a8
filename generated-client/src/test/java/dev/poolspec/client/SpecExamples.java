package dev.poolspec.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The named examples of the spec as the build unpacked it (target/spec/openapi/pools-api.yaml, from the
 * poolspec-spec artifact), with the component schema each one illustrates, found by walking every request body
 * and response of every operation.
 */
final class SpecExamples {

  private static final String EXAMPLE_REF = "#/components/examples/";
  private static final String SCHEMA_REF = "#/components/schemas/";

  private static final JsonNode SPEC = load();

  private SpecExamples() {
  }

  static JsonNode spec() {
    return SPEC;
  }

  /** The {@code value} of the named example in {@code components/examples}. */
  static JsonNode example(String name) {
    JsonNode value = SPEC.path("components").path("examples").path(name).get("value");
    if (value == null) {
      throw new IllegalArgumentException("The spec has no example named " + name);
    }
    return value.deepCopy();
  }

  /** Every example name of {@code components/examples}. */
  static Iterable<String> exampleNames() {
    return SPEC.path("components").path("examples").propertyNames();
  }

  /** Example name -> component schema name, for every example a media type of an operation refers to. */
  static Map<String, String> schemaOfEachUsedExample() {
    Map<String, String> result = new TreeMap<>();
    for (JsonNode pathItem : SPEC.path("paths")) {
      for (String method : new String[] {"get", "put", "post", "delete", "patch"}) {
        JsonNode operation = pathItem.get(method);
        if (operation == null) {
          continue;
        }
        collect(resolve(operation.path("requestBody")), result);
        for (JsonNode response : operation.path("responses")) {
          collect(resolve(response), result);
        }
      }
    }
    return result;
  }

  private static void collect(JsonNode bodyOrResponse, Map<String, String> result) {
    for (JsonNode mediaType : bodyOrResponse.path("content")) {
      String schemaRef = mediaType.path("schema").path("$ref").asString("");
      Iterator<Map.Entry<String, JsonNode>> examples = mediaType.path("examples").properties().iterator();
      while (examples.hasNext()) {
        Map.Entry<String, JsonNode> example = examples.next();
        String exampleRef = example.getValue().path("$ref").asString("");
        if (!schemaRef.startsWith(SCHEMA_REF) || !exampleRef.startsWith(EXAMPLE_REF)) {
          throw new IllegalStateException("Example " + example.getKey() + " is not a $ref to a component example"
              + " under a $ref'd component schema; this test cannot map it: " + mediaType);
        }
        String schemaName = schemaRef.substring(SCHEMA_REF.length());
        String previous = result.put(exampleRef.substring(EXAMPLE_REF.length()), schemaName);
        if (previous != null && !previous.equals(schemaName)) {
          throw new IllegalStateException("Example " + exampleRef + " illustrates two schemas: " + previous
              + " and " + schemaRef);
        }
      }
    }
  }

  /** Follows a {@code $ref} to {@code #/components/...} (responses, request bodies). */
  private static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    JsonNode target = SPEC.at(ref.asString().substring(1));
    if (target.isMissingNode()) {
      throw new IllegalStateException("Unresolvable $ref " + ref);
    }
    return resolve(target);
  }

  private static JsonNode load() {
    String file = System.getProperty("poolspec.spec.file", "target/spec/openapi/pools-api.yaml");
    try {
      return new YAMLMapper().readTree(Files.readString(Path.of(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the unpacked spec " + file + " (run the build: mvn verify)", e);
    }
  }
}
