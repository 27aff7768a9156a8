import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Build step of the spec module: writes the hand-written YAML spec as one JSON document with the same
 * content (same keys in the same order). Run as a single-file program: {@code java -cp <jackson> YamlToJson.java in out}.
 */
public final class YamlToJson {

    private YamlToJson() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: YamlToJson <spec.yaml> <spec.json>");
        }
        Path yaml = Path.of(args[0]);
        Path json = Path.of(args[1]);
        JsonNode spec = YAMLMapper.builder().build().readTree(yaml.toFile());
        if (spec == null || !spec.isObject()) {
            throw new IllegalStateException(yaml + ": the spec is not a YAML mapping");
        }
        String text = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(spec);
        Files.createDirectories(json.toAbsolutePath().getParent());
        Files.writeString(json, text + "\n");
        System.out.println("Wrote " + json + " from " + yaml);
    }
}
