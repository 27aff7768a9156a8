package dev.poolspec.contract.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A documented item that no pact has to exercise, with the reason. {@code status} alone waives that status and
 * its examples; {@code example} waives one example ({@code status} "request" for a request-body example).
 *
 * @param operation operation id
 * @param status    response status as documented ("413"), "request" for request examples, or null
 * @param example   example name, or null
 * @param reason    why no pact exercises it (required)
 */
public record Waiver(String operation, String status, String example, String reason) {

    /**
     * Reads {@code coverage-waivers.yaml}: {@code waivers: [{operation, status, example, reason}]}. A missing file,
     * unreadable YAML or an entry without operation or reason is an error naming the entry's pointer.
     */
    public static List<Waiver> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "Waiver file " + file + " does not exist (an empty list is written" + " `waivers: []`).");
        }
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read waiver file " + file + ": " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("waivers");
        if (list == null || !list.isArray()) {
            throw new IllegalStateException("Waiver file " + file + ": /waivers must be a list.");
        }
        List<String> problems = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode w = list.get(i);
            String operation = text(w, "operation");
            String status = text(w, "status");
            String example = text(w, "example");
            String reason = text(w, "reason");
            if (operation == null) {
                problems.add("/waivers/" + i + "/operation: required.");
            }
            if (status == null && example == null) {
                problems.add("/waivers/" + i + ": give a status, an example or both.");
            }
            if (reason == null) {
                problems.add("/waivers/" + i + "/reason: required; a waiver must say why.");
            }
            waivers.add(new Waiver(operation, status, example, reason));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Waiver file " + file + " is invalid:\n  " + String.join("\n  ", problems));
        }
        return List.copyOf(waivers);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asString("").trim();
        return text.isEmpty() ? null : text;
    }

    /** {@code createPool 413}, {@code createPool 200 createdPhysicalPool}. */
    public String label() {
        return operation + (status == null ? "" : " " + status) + (example == null ? "" : " " + example);
    }
}
