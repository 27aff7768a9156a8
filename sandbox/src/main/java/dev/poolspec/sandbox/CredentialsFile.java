package dev.poolspec.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --credentials FILE}: one AK/SK pair a line, {@code AK:SK} or {@code AK=SK} (so a properties file
 * works too), split at the first {@code :} or {@code =}, both sides trimmed; blank lines and lines starting with
 * {@code #} or {@code !} are comments. An error names the file and line, never a secret key.
 */
final class CredentialsFile {

    private CredentialsFile() {}

    /**
     * @throws IllegalArgumentException when the file cannot be read or a line is not a pair
     */
    static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--credentials: cannot read " + file + " (" + e + ")");
        }
        return parse(lines, file.toString());
    }

    static Map<String, String> parse(List<String> lines, String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int colon = line.indexOf(':');
            int equals = line.indexOf('=');
            int split = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
            String accessKey = split < 0 ? "" : line.substring(0, split).strip();
            String secretKey = split < 0 ? "" : line.substring(split + 1).strip();
            if (accessKey.isEmpty() || secretKey.isEmpty()) {
                throw new IllegalArgumentException(
                        "--credentials: " + name + " line " + (i + 1) + " is not an AK:SK pair (nor AK=SK)");
            }
            if (pairs.put(accessKey, secretKey) != null) {
                throw new IllegalArgumentException(
                        "--credentials: " + name + " line " + (i + 1) + " repeats the access key " + accessKey);
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("--credentials: " + name + " has no AK:SK pair");
        }
        return pairs;
    }
}
