package dev.poolspec.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Named examples and schema property lists of the spec as the build unpacked it (target/spec). */
final class SpecExamples {

  private static final JsonNode SPEC = load();

  private SpecExamples() {
  }

  /** The {@code value} of the named example in {@code components/examples}. */
  static JsonNode example(String name) {
    JsonNode value = SPEC.path("components").path("examples").path(name).get("value");
    if (value == null) {
      throw new IllegalArgumentException("The spec has no example named " + name);
    }
    return value.deepCopy();
  }

  /** The property names of a component schema, in the order the spec declares them. */
  static List<String> declaredProperties(String schema) {
    JsonNode properties = SPEC.path("components").path("schemas").path(schema).path("properties");
    if (!properties.isObject()) {
      throw new IllegalArgumentException("The spec has no properties for schema " + schema);
    }
    return new ArrayList<>(properties.propertyNames());
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
