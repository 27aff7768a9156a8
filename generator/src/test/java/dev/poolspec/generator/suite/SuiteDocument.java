package dev.poolspec.generator.suite;

import dev.poolspec.generator.suite.SuiteFile.Group;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI 3.1 document handed to the generator: {@code components.schemas.Case<N>} is a {@code $ref} to the
 * schema of group N, which sits alone in its own file ({@code <dir>/g<N>.json}) so that it is its own document with
 * its own base URI — exactly the suite's semantics ({@code #} is the group's schema).
 *
 * @param file the suite file the groups come from
 * @param groups the groups of this document (one or more)
 * @param packageName where the validators of this document are generated
 * @param path the document on disk
 */
record SuiteDocument(SuiteFile file, List<Group> groups, String packageName, Path path) {

    /**
     * Writes every group schema of {@code file} under {@code workDir} and plans the documents: groups share a
     * document (first fit, in file order) unless their {@code $id} values overlap; the documents are written too.
     */
    static List<SuiteDocument> plan(SuiteFile file, Path workDir) throws IOException {
        String dir = directoryName(file.name());
        Files.createDirectories(workDir.resolve(dir));
        for (Group group : file.groups()) {
            Files.writeString(schemaFile(workDir, file, group), group.schemaText(), StandardCharsets.UTF_8);
        }
        List<List<Group>> batches = new ArrayList<>();
        List<Set<String>> batchIds = new ArrayList<>();
        for (Group group : file.groups()) {
            Set<String> ids = ids(group.schema());
            int target = -1;
            for (int b = 0; b < batches.size() && target < 0; b++) {
                if (disjoint(batchIds.get(b), ids)) {
                    target = b;
                }
            }
            if (target < 0) {
                batches.add(new ArrayList<>());
                batchIds.add(new HashSet<>());
                target = batches.size() - 1;
            }
            batches.get(target).add(group);
            batchIds.get(target).addAll(ids);
        }
        List<SuiteDocument> documents = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            documents.add(write(workDir, file, batches.get(b), "d" + b));
        }
        return documents;
    }

    /** A document holding only {@code group} (the group's schema file must have been written by {@link #plan}). */
    static SuiteDocument single(Path workDir, SuiteFile file, Group group) throws IOException {
        return write(workDir, file, List.of(group), "g" + group.index());
    }

    /** The folder (under the work folder) of a suite file's schemas, e.g. {@code optional_format_date_time}. */
    static String directoryName(String suiteFileName) {
        String base = suiteFileName.endsWith(".json")
                ? suiteFileName.substring(0, suiteFileName.length() - ".json".length())
                : suiteFileName;
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    static Path schemaFile(Path workDir, SuiteFile file, Group group) {
        return workDir.resolve(directoryName(file.name())).resolve("g" + group.index() + ".json");
    }

    /** The package of a document, e.g. {@code suite.enum_.d0} ({@code enum} is a Java keyword). */
    static String packageName(String suiteFileName, String document) {
        String segment = directoryName(suiteFileName);
        if (!SourceVersion.isIdentifier(segment) || SourceVersion.isKeyword(segment)) {
            segment = Character.isJavaIdentifierStart(segment.charAt(0)) ? segment + "_" : "_" + segment;
        }
        return "suite." + segment + "." + document;
    }

    /** Identity is the document file (the record's components would hash whole suite files). */
    @Override
    public boolean equals(Object other) {
        return other instanceof SuiteDocument document && document.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    String validatorClassName(Group group) {
        return packageName + "." + group.component() + "Validator";
    }

    String describe() {
        List<Integer> indexes = groups.stream().map(Group::index).toList();
        return file.name() + " groups " + indexes + " (" + path.getFileName() + ", package " + packageName + ")";
    }

    private static SuiteDocument write(Path workDir, SuiteFile file, List<Group> groups, String document)
            throws IOException {
        String dir = directoryName(file.name());
        ObjectNode root = SuiteFile.EXACT.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "JSON Schema Test Suite " + file.name() + " " + document);
        info.put("version", "1.0.0");
        root.putObject("paths");
        ObjectNode schemas = root.putObject("components").putObject("schemas");
        for (Group group : groups) {
            schemas.putObject(group.component()).put("$ref", "./" + dir + "/g" + group.index() + ".json");
        }
        Path path = workDir.resolve(dir + "." + document + ".openapi.json");
        Files.writeString(
                path,
                SuiteFile.EXACT.writerWithDefaultPrettyPrinter().writeValueAsString(root),
                StandardCharsets.UTF_8);
        return new SuiteDocument(file, List.copyOf(groups), packageName(file.name(), document), path);
    }

    /**
     * Every string under a property named {@code $id}, anywhere (also inside {@code enum}/{@code const} values:
     * over-approximating only splits more), without an empty trailing fragment.
     */
    static Set<String> ids(JsonNode node) {
        Set<String> ids = new HashSet<>();
        collectIds(node, ids);
        return ids;
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                JsonNode value = property.getValue();
                if (property.getKey().equals("$id") && value.isString()) {
                    String id = value.stringValue();
                    ids.add(id.endsWith("#") ? id.substring(0, id.length() - 1) : id);
                }
                collectIds(value, ids);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node.values()) {
                collectIds(element, ids);
            }
        }
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String id : b) {
            if (a.contains(id)) {
                return false;
            }
        }
        return true;
    }
}
