package dev.poolspec.client;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * PLACEHOLDER until poolspec-maven-plugin is installed: accepts every request. It will delegate to the validators
 * the plugin generates into dev.poolspec.client.validation (same spec, same build).
 */
final class GeneratedPreflightValidator implements PreflightValidator {

  static final GeneratedPreflightValidator INSTANCE = new GeneratedPreflightValidator();

  private GeneratedPreflightValidator() {
  }

  @Override
  public List<String> findings(String operationId, Map<String, String> pathParameters,
      Map<String, List<String>> queryParameters, Map<String, List<String>> headers, JsonNode body) {
    return List.of();
  }
}
