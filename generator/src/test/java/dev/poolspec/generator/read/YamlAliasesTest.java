package dev.poolspec.generator.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML 1.2 anchors and aliases in {@link Documents#parse}: an alias reads as a deep copy of the anchored node, typed
 * as the node is; an alias to no anchor, a recursive alias, an alias bomb and the YAML 1.1 merge key are refused with
 * the file and the JSON pointer.
 */
class YamlAliasesTest {

    private static JsonNode parse(String yaml) throws ReadException {
        return Documents.parse("t.yaml", yaml);
    }

    private static String refusal(String yaml) {
        ReadException e = catchThrowableOfType(ReadException.class, () -> parse(yaml));
        assertThat(e).as("refused: %s", yaml).isNotNull();
        return e.getMessage();
    }

    @Test
    void aliasOfAMappingIsADeepCopy() throws ReadException {
        JsonNode root = parse("""
                A:
                  properties: &props
                    id: {type: string, x: [1, {y: 2}]}
                B:
                  properties: *props
                """);
        assertThat(root.at("/B/properties")).isEqualTo(root.at("/A/properties"));
        assertThat(root.at("/B/properties/id/x/1/y").asInt()).isEqualTo(2);
        assertThat(root.at("/B/properties")).as("a copy, not the same node").isNotSameAs(root.at("/A/properties"));
        assertThat(root.at("/B/properties/id")).isNotSameAs(root.at("/A/properties/id"));
    }

    @Test
    void aliasOfASequence() throws ReadException {
        JsonNode root = parse("""
                a: &list [x, 1, {k: v}]
                b: *list
                c: [*list, *list]
                """);
        assertThat(root.get("b").toString()).isEqualTo("[\"x\",1,{\"k\":\"v\"}]");
        assertThat(root.get("c").toString()).isEqualTo("[[\"x\",1,{\"k\":\"v\"}],[\"x\",1,{\"k\":\"v\"}]]");
    }

    @Test
    void aliasOfAScalarIsTheValueNotTheAnchorName() throws ReadException {
        JsonNode root = parse("""
                Color: {enum: [&hot red, green]}
                Warm: {enum: [*hot]}
                """);
        assertThat(root.at("/Warm/enum").toString()).isEqualTo("[\"red\"]");
    }

    @Test
    void aliasedScalarsKeepTheTypingOfTheReader() throws ReadException {
        JsonNode root = parse("""
                anchors: [&decimal 10.50, &big 123456789012345678901234567890, &int 7, &t true, &n null, &off off,
                          &quoted '007', &octal 007, &hex 0x1F, &empty '']
                aliases: [*decimal, *big, *int, *t, *n, *off, *quoted, *octal, *hex, *empty]
                """);
        JsonNode anchors = root.get("anchors");
        JsonNode aliases = root.get("aliases");
        assertThat(aliases).isEqualTo(anchors);
        for (int i = 0; i < anchors.size(); i++) {
            assertThat(aliases.get(i).getNodeType()).isEqualTo(anchors.get(i).getNodeType());
            assertThat(aliases.get(i).getClass()).isEqualTo(anchors.get(i).getClass());
        }
        assertThat(aliases.get(0).decimalValue()).as("exact decimal").isEqualByComparingTo(new BigDecimal("10.50"));
        assertThat(aliases.get(1).bigIntegerValue()).hasToString("123456789012345678901234567890");
        assertThat(aliases.get(4).getNodeType()).isEqualTo(JsonNodeType.NULL);
        assertThat(aliases.get(5).isTextual()).as("YAML 1.2: off is a string").isTrue();
        assertThat(aliases.get(6).asText()).isEqualTo("007");
        assertThat(aliases.get(8).asInt()).isEqualTo(31);
    }

    @Test
    void anAnchoredKeyAndAnAliasAsKey() throws ReadException {
        JsonNode root = parse("""
                &k name: 1
                other: *k
                map: {*k : 2}
                """);
        assertThat(root.toString()).isEqualTo("{\"name\":1,\"other\":\"name\",\"map\":{\"name\":2}}");
    }

    @Test
    void anAliasRefersToTheLatestAnchorOfItsName() throws ReadException {
        JsonNode root = parse("""
                a: &x 1
                b: *x
                c: &x [&x 2, *x]
                d: *x
                """);
        assertThat(root.toString())
                .as("the latest anchor in document order: &x 2 comes after the &x of c's sequence")
                .isEqualTo("{\"a\":1,\"b\":1,\"c\":[2,2],\"d\":2}");
    }

    @Test
    void nestedAliasesAreExpandedInsideCopies() throws ReadException {
        JsonNode root = parse("""
                s: &s {type: string}
                p: &p {name: *s, tags: [*s]}
                q: {copy: *p}
                """);
        assertThat(root.at("/q/copy").toString())
                .isEqualTo("{\"name\":{\"type\":\"string\"},\"tags\":[{\"type\":\"string\"}]}");
    }

    @Test
    void anUnknownAliasIsRefusedWithFileAndPointer() {
        assertThat(refusal("""
                        components:
                          schemas:
                            Warm: {enum: [red, *cold]}
                        """))
                .isEqualTo("t.yaml#/components/schemas/Warm/enum/1: The YAML alias *cold refers to no anchor &cold"
                        + " before it (line 3, column 24).");
        assertThat(refusal("""
                        a: *later
                        b: &later 1
                        """))
                .as("an anchor after the alias")
                .isEqualTo("t.yaml#/a: The YAML alias *later refers to no anchor &later before it"
                        + " (line 1, column 4).");
    }

    @Test
    void aRecursiveAliasIsRefusedWithFileAndPointer() {
        assertThat(refusal("""
                        components:
                          schemas:
                            Node: &node
                              type: object
                              properties:
                                next: *node
                        """))
                .isEqualTo("t.yaml#/components/schemas/Node/properties/next: The YAML alias *node is inside the node"
                        + " it refers to (&node at #/components/schemas/Node): a recursive alias would make the"
                        + " document infinite (line 6, column 15).");
        assertThat(refusal("list: &l [1, [*l]]\n"))
                .startsWith("t.yaml#/list/1/0: The YAML alias *l is inside the node it refers to (&l at #/list)");
    }

    @Test
    void anAliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int i = 1; i <= 8; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1))));
            yaml.append("]\n");
        }
        assertThat(refusal(yaml.toString()))
                .startsWith("t.yaml#/l5/")
                .contains("The YAML aliases of this document expand to more than 1000000 nodes");
    }

    @Test
    void theYaml11MergeKeyIsRefusedButAQuotedKeyIsAName() throws ReadException {
        assertThat(refusal("""
                        base: &base {type: object}
                        schemas:
                          Pet:
                            <<: *base
                            required: [id]
                        """))
                .isEqualTo("t.yaml#/schemas/Pet/<<: The YAML merge key << is YAML 1.1, not YAML 1.2 (which OpenAPI"
                        + " documents use), so it is not expanded: write the members out (for a schema, allOf may"
                        + " do), or quote the key ('<<') for a member named << (line 4, column 5).");
        assertThat(parse("a: {'<<': 1, \"b\": {\"<<\": 2}}\n").toString())
                .isEqualTo("{\"a\":{\"<<\":1,\"b\":{\"<<\":2}}}");
        assertThat(parse("a: [<<]\nb: <<\n").toString())
                .as("<< as a value is a string")
                .isEqualTo("{\"a\":[\"<<\"],\"b\":\"<<\"}");
    }

    @Test
    void pointersEscapeNamesAsRfc6901() {
        assertThat(refusal("paths:\n  /a~b: {get: *op}\n")).startsWith("t.yaml#/paths/~1a~0b/get: The YAML alias *op");
    }

    @Test
    void documentsWithoutAliasesReadAsBefore() throws ReadException {
        assertThat(parse("a: 1\na: 2\n").toString())
                .as("the last duplicate wins")
                .isEqualTo("{\"a\":2}");
        assertThat(parse("1: a\ntrue: b\nnull: c\n").toString())
                .isEqualTo("{\"1\":\"a\",\"true\":\"b\",\"null\":\"c\"}");
        assertThat(parse("--- 1\n--- 2\n").asInt()).isEqualTo(1);
        assertThat(catchThrowableOfType(ReadException.class, () -> parse("# nothing\n")))
                .hasMessage("t.yaml is empty.");
        assertThat(catchThrowableOfType(ReadException.class, () -> parse("a: [1, 2\n")))
                .hasMessageStartingWith("t.yaml is not valid YAML or JSON: ");
    }

    @Test
    void referencedFilesAreReadWithAliasesExpanded() throws ReadException, URISyntaxException, java.io.IOException {
        Path root = Path.of(Objects.requireNonNull(getClass().getResource("/yaml-aliases/root-with-other.yaml"))
                .toURI());
        Documents documents = Documents.open(root, Map.of());
        String copy = documents.resolve("#/components/schemas/Copy", "other.yaml#/Copy");
        assertThat(copy).isEqualTo("other.yaml#/Copy");
        assertThat(documents.node(copy).toString())
                .isEqualTo("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1}},"
                        + "\"required\":[\"name\"]}");
        assertThat(documents
                        .node(documents.resolve("#/components/schemas/Short", "other.yaml#/Short"))
                        .toString())
                .isEqualTo("{\"type\":\"string\",\"maxLength\":1}");
    }

    @Test
    void anUnknownAliasInAReferencedFileNamesThatFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("root.yaml"), "openapi: 3.1.0\n");
        Files.writeString(dir.resolve("other.yaml"), "Thing: {type: string, enum: [*nope]}\n");
        Documents documents = Documents.open(dir.resolve("root.yaml"), Map.of());
        assertThat(catchThrowableOfType(ReadException.class, () -> documents.resolve("#", "other.yaml#/Thing")))
                .hasMessage("other.yaml#/Thing/enum/0: The YAML alias *nope refers to no anchor &nope before it"
                        + " (line 1, column 30).");
    }
}
