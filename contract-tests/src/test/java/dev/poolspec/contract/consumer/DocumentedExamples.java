package dev.poolspec.contract.consumer;

import java.nio.file.Path;

import dev.poolspec.contract.spec.OpenApiDocument;
import tools.jackson.databind.JsonNode;

/** The documented examples, read from the published spec the build unpacked into target/spec. */
final class DocumentedExamples {

  static final String LIST_PROJECT = "86c13962597848eeb29c5861153a391f";
  static final String CREATE_PROJECT = "6f5da086876d4cd084d36f8bd3346036";

  private static final OpenApiDocument SPEC = OpenApiDocument.load(Path.of(System.getProperty(
      "poolspec.contract.spec", "target/spec/openapi/pools-api.yaml")));

  private DocumentedExamples() {
  }

  /** {@code components/examples/<name>/value}, a fresh copy. */
  static JsonNode example(String name) {
    JsonNode value = SPEC.root().path("components").path("examples").path(name).path("value");
    if (value.isMissingNode()) {
      throw new IllegalStateException("The spec " + SPEC.file() + " has no example named " + name);
    }
    return value.deepCopy();
  }
}
