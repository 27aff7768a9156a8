package dev.poolspec.generator.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code compat.json}: the report for machines. */
public final class JsonReport {
    /** Version of the layout below; raised when a field changes meaning or goes away. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(CompatReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach((level, count) -> counts.put(level.name(), count));
        counts.put("ignored", report.ignored().size());
        ArrayNode changes = root.putArray("changes");
        for (Change change : report.changes()) {
            changes.addObject()
                    .put("ruleId", change.ruleId())
                    .put("level", change.level().name())
                    .put("direction", change.direction().name())
                    .put("operation", change.operation())
                    .put("basePointer", change.basePointer())
                    .put("revisionPointer", change.revisionPointer())
                    .put("message", change.message())
                    .put("ignored", report.isIgnored(change));
        }
        ArrayNode stale = root.putArray("staleIgnores");
        report.staleIgnores().forEach(e -> entry(stale, e));
        ArrayNode expired = root.putArray("expiredIgnores");
        report.expiredIgnores().forEach(e -> entry(expired, e));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    private static void entry(ArrayNode array, IgnoreEntry entry) {
        ObjectNode node = array.addObject()
                .put("id", entry.id())
                .put("pointer", entry.pointer())
                .put("reason", entry.reason());
        if (entry.expires() != null) {
            node.put("expires", entry.expires().toString());
        }
    }
}
