package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import dev.poolspec.generator.read.ReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code compat-ignore.yaml}: {@code ignore: [{id, pointer, reason, expires?}]}. Every entry needs a known
 * rule id, a pointer and a reason; {@code expires} is a date {@code yyyy-MM-dd}.
 */
public final class IgnoreFile {
    private IgnoreFile() {}

    /** The entries of a file; none when the file does not exist. */
    public static List<IgnoreEntry> read(Path file, Set<String> knownIds) throws IgnoreFileException {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IgnoreFileException("Could not read the ignore file " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), text, knownIds);
    }

    public static List<IgnoreEntry> parse(String name, String text, Set<String> knownIds) throws IgnoreFileException {
        if (text.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = Documents.parse(name, text);
        } catch (ReadException e) {
            throw new IgnoreFileException("Ignore file " + e.getMessage());
        }
        JsonNode list = root.path("ignore");
        if (!root.isObject() || !(list.isArray() || list.isMissingNode() || list.isNull())) {
            throw new IgnoreFileException(
                    "Ignore file " + name + ": expected 'ignore:' followed by a list of {id, pointer, reason}.");
        }
        List<IgnoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(name, i + 1, list.get(i), knownIds));
        }
        return entries;
    }

    private static IgnoreEntry entry(String name, int index, JsonNode node, Set<String> knownIds)
            throws IgnoreFileException {
        String where = "Ignore file " + name + ", entry " + index;
        if (!node.isObject()) {
            throw new IgnoreFileException(where + ": expected {id, pointer, reason}, found " + node + ".");
        }
        String id = text(node, "id", where);
        String pointer = text(node, "pointer", where + " (" + id + ")");
        String reason = text(node, "reason", where + " (" + id + " at " + pointer + ")");
        if (!knownIds.contains(id)) {
            throw new IgnoreFileException(
                    where + ": unknown rule id '" + id + "' (the rule table in the plugin's " + "README lists them).");
        }
        LocalDate expires = null;
        if (node.hasNonNull("expires")) {
            try {
                expires = LocalDate.parse(node.get("expires").asText());
            } catch (DateTimeParseException e) {
                throw new IgnoreFileException(
                        where + " (" + id + "): expires '" + node.get("expires").asText() + "' is not yyyy-MM-dd.");
            }
        }
        return new IgnoreEntry(index, id, pointer, reason, expires);
    }

    private static String text(JsonNode node, String field, String where) throws IgnoreFileException {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw new IgnoreFileException(where + ": '" + field + "' is required"
                    + (field.equals("reason") ? " (say why the change is accepted)." : "."));
        }
        return value.asText().trim();
    }
}
