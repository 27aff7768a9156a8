package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SharedSandbox;
import dev.poolspec.sandbox.support.SpecCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: create bodies mutated from the documented examples (removed, replaced, added and duplicated members,
 * type flips) get 200, 400, or 409 exactly when an earlier try created the same name (in any workspace); every
 * 400 lists its findings, each with a rule and a JSON pointer that exists in the body (or, for a missing member,
 * whose parent does); every 200 conforms to the spec (both validators) and reports the spec as given, with what the
 * spec and its examples say a response adds and leaves out.
 *
 * <p>Seeded and reproducible: try {@code i} mutates with {@code new SplittableRandom(seed + i)}, base seed
 * {@value #BASE_SEED} unless {@code -Dpoolspec.create.seed} says otherwise. A failure names its seed and body;
 * {@code -Dpoolspec.create.seed=<that seed> -Dpoolspec.create.tries=1} reruns just that try.
 */
class CreatePropertiesIT {

    private static final long BASE_SEED = 20261122L;
    private static final int DEFAULT_TRIES = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Http HTTP = SharedSandbox.http();
    private static final String PROJECT = Http.newProject();
    private static final Pattern SUMMARY = Pattern.compile("Bad request: (\\d+) problems?: (.+)", Pattern.DOTALL);
    /** One finding, {@code <in> <pointer>: <sentence> [<rule>]}, up to the next one or the end. */
    private static final Pattern FINDING = Pattern.compile(
            "(body|query|header|path) (\"\"|/\\S*): (.+?) \\[([^\\]\\s]+)\\](?=; (?:body|query|header|path) |$)");
    /** Rules whose pointer names a member that is missing: its parent must exist instead. */
    private static final Set<String> MISSING_MEMBER_RULES =
            Set.of("required", "dependentRequired", "sandbox.spec.required");

    /**
     * Members of the create request's {@code spec} that the response's {@code spec} does not declare, read from the
     * spec: a response never carries them.
     */
    private static final Set<String> REQUEST_ONLY_SPEC_MEMBERS = requestOnlySpecMembers();

    private static final List<JsonNode> BASES = List.of(
            PoolService.documentedExample("createPhysicalPool"),
            PoolService.documentedExample("createLogicalPool"),
            fullPhysical());

    private static final List<String> KEYS = List.of(
            "maxCount",
            "count",
            "flavor",
            "network",
            "masters",
            "scope",
            "parent",
            "dataVolumes",
            "volumeGroupConfigs",
            "azs",
            "tags",
            "extendParams",
            "creatingStep",
            "rootVolume",
            "driver",
            "containerNetwork",
            "ipv6enable",
            "kubernetesSvcIpRange",
            "clusterFlavor",
            "type",
            "resources",
            "os.modelarts/billing.mode",
            "os.modelarts/order.id",
            "os.modelarts/workspace.id",
            "os.modelarts/sharing",
            "os.modelarts/tenant.project.id",
            "os.modelarts.pool/biz",
            "os.modelarts/resource.id",
            "status",
            "name",
            "creationTimestamp",
            "unknown",
            "volumeGroup",
            "dockerThinPool",
            "lvmConfig",
            "path",
            "lvType",
            "postInstall",
            "az",
            "key",
            "value",
            "cidr",
            "mode",
            "updateStrategy",
            "step",
            "size",
            "volumeType",
            "types");

    private static final List<JsonNode> VALUES = List.of(
            NODES.stringNode(""),
            NODES.stringNode("x"),
            NODES.stringNode("a".repeat(300)),
            NODES.stringNode("äöü-€-😀"),
            NODES.stringNode("Dedicate"),
            NODES.stringNode("Logical"),
            NODES.stringNode("Train"),
            NODES.stringNode("Infer"),
            NODES.stringNode("Notebook"),
            NODES.stringNode("v2"),
            NODES.stringNode("v1"),
            NODES.stringNode("Pool"),
            NODES.stringNode("0"),
            NODES.stringNode("1"),
            NODES.stringNode("vgpaas"),
            NODES.stringNode("vguser1"),
            NODES.stringNode("default"),
            NODES.stringNode("SSD"),
            NODES.stringNode("rack"),
            NODES.stringNode("force"),
            NODES.stringNode("/mnt/data"),
            NODES.stringNode("CCE-node"),
            NODES.stringNode("aGVsbG8="),
            NODES.stringNode("not base64!"),
            NODES.stringNode("linear"),
            NODES.stringNode("volume"),
            NODES.stringNode("pool-zz99"),
            NODES.stringNode("UPPER"),
            NODES.numberNode(-1),
            NODES.numberNode(0),
            NODES.numberNode(1),
            NODES.numberNode(2),
            NODES.numberNode(3),
            NODES.numberNode(101),
            NODES.numberNode(1_000_000_000_000L),
            NODES.numberNode(1.5),
            NODES.booleanNode(true),
            NODES.numberNode(new java.math.BigDecimal("1e400")),
            NODES.numberNode(new java.math.BigDecimal("-1e400")),
            NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
            NODES.booleanNode(false),
            NODES.nullNode(),
            NODES.objectNode(),
            NODES.arrayNode(),
            NODES.objectNode().put("name", "network-x"),
            NODES.arrayNode().add("Train"),
            NODES.arrayNode().add(NODES.objectNode().put("az", "eu-west-101a").put("count", 1)),
            NODES.arrayNode().add(NODES.objectNode().put("volumeGroup", "vgpaas")),
            NODES.arrayNode()
                    .add(NODES.objectNode()
                            .put("volumeType", "SSD")
                            .put("size", "100")
                            .set("extendParams", NODES.objectNode().put("volumeGroup", "vguser1"))));

    @Test
    void theDocumentedExamplesShowThatACreatedResourceGetsMaxCountEqualToCount() {
        // The oracle below relies on this pair of documented examples, not on the sandbox's code.
        JsonNode request = PoolService.documentedExample("createPhysicalPool").at("/spec/resources/0");
        JsonNode response = PoolService.documentedExample("createdPhysicalPool").at("/spec/resources/0");
        assertThat(request.has("maxCount")).isFalse();
        assertThat(response.get("maxCount")).isEqualTo(request.get("count"));
        assertThat(REQUEST_ONLY_SPEC_MEMBERS).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> mutatedCreateBodiesNeverBreakTheContract() {
        long base = Long.getLong("poolspec.create.seed", BASE_SEED);
        int tries = Integer.getInteger("poolspec.create.tries", DEFAULT_TRIES);
        AtomicInteger sent = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Set<String> created = ConcurrentHashMap.newKeySet();
        Stream<DynamicTest> each = IntStream.range(0, tries).mapToObj(i -> {
            long seed = base + i;
            return DynamicTest.dynamicTest("try " + i + " (seed " + seed + ")", () -> {
                ObjectNode body = mutate(new SplittableRandom(seed));
                Http.Response r = HTTP.post("/v2/" + PROJECT + "/pools", body);
                sent.incrementAndGet();
                statuses.merge(r.status(), 1, Integer::sum);
                check(
                        body,
                        r,
                        created,
                        "seed " + seed + " (rerun: -Dpoolspec.create.seed=" + seed
                                + " -Dpoolspec.create.tries=1), body " + body + ", answer " + r.status() + " "
                                + r.text());
            });
        });
        DynamicTest summary = DynamicTest.dynamicTest("every try ran; both outcomes are common", () -> {
            assertThat(sent.get()).as("create bodies sent").isEqualTo(tries);
            if (tries == DEFAULT_TRIES) {
                assertThat(statuses.getOrDefault(200, 0))
                        .as("200s of %s", statuses)
                        .isGreaterThan(tries / 20);
                assertThat(statuses.getOrDefault(400, 0))
                        .as("400s of %s", statuses)
                        .isGreaterThan(tries / 5);
            }
        });
        return Stream.concat(each, Stream.of(summary));
    }

    private static void check(ObjectNode body, Http.Response r, Set<String> created, String what) {
        assertThat(r.status()).as(what).isIn(200, 400, 409);
        SpecCheck.assertConforms("createPool", r.status(), r.json());
        // The project is fresh, so a name is taken exactly when an earlier try of this run created it (a mutation
        // can put a value such as "rack" in the name label, so names do repeat).
        String key = nameOf(body);
        if (r.status() == 409) {
            assertThat(created)
                    .as("409 for a name no earlier try created: %s", what)
                    .contains(key);
            assertThat(r.json()).as(what).isEqualTo(PoolService.documentedExample("poolAlreadyExists"));
        } else if (r.status() == 400) {
            assertFindingsPointIntoTheBody(body, r.errorMessage(), what);
        } else {
            assertThat(created.add(key))
                    .as("200 for a name an earlier try created: %s", what)
                    .isTrue();
            assertThat(r.json().get("spec")).as(what).isEqualTo(expectedSpec(body.get("spec")));
            assertThat(r.json().at("/metadata/labels/os.modelarts~1name"))
                    .as(what)
                    .isEqualTo(body.at("/metadata/labels/os.modelarts~1name"));
            assertThat(r.json()
                            .at("/metadata/labels/os.modelarts~1tenant.project.id")
                            .asString())
                    .as(what)
                    .isEqualTo(PROJECT);
        }
    }

    /**
     * The conflict key: the name. A pool's ID is its name and the project, so a name is taken in every workspace of
     * the project (the workspace label does not matter).
     */
    private static String nameOf(JsonNode body) {
        return body.at("/metadata/labels").path("os.modelarts/name").asString("");
    }

    private static void assertFindingsPointIntoTheBody(JsonNode body, String message, String what) {
        Matcher summary = SUMMARY.matcher(message);
        assertThat(summary.matches()).as("400 message of %s", what).isTrue();
        Matcher finding = FINDING.matcher(summary.group(2));
        int found = 0;
        int end = 0;
        while (finding.find()) {
            assertThat(finding.start())
                    .as("findings joined by '; ' in %s", what)
                    .isEqualTo(found == 0 ? 0 : end + 2);
            end = finding.end();
            found++;
            assertThat(finding.group(1))
                    .as("only the body was mutated: %s", what)
                    .isEqualTo("body");
            String pointer = finding.group(2).equals("\"\"") ? "" : finding.group(2);
            if (MISSING_MEMBER_RULES.contains(finding.group(4))) {
                JsonPointer missing = JsonPointer.compile(pointer);
                assertThat(body.at(missing.head()).isObject())
                        .as("parent of %s in %s", pointer, what)
                        .isTrue();
                assertThat(body.at(missing).isMissingNode())
                        .as("%s is missing in %s", pointer, what)
                        .isTrue();
            } else {
                assertThat(body.at(pointer).isMissingNode())
                        .as("%s exists in %s", pointer, what)
                        .isFalse();
            }
        }
        assertThat(end)
                .as("every finding parsed in %s", what)
                .isEqualTo(summary.group(2).length());
        assertThat(found).as("finding count of %s", what).isEqualTo(Integer.parseInt(summary.group(1)));
    }

    private static ObjectNode mutate(SplittableRandom random) {
        ObjectNode body = (ObjectNode) BASES.get(random.nextInt(BASES.size())).deepCopy();
        ((ObjectNode) body.at("/metadata/labels")).put("os.modelarts/name", name(random));
        int mutations = random.nextInt(5);
        for (int i = 0; i < mutations; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(body, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            switch (random.nextInt(6)) {
                case 0 -> remove(target, random);
                case 1, 2 -> replace(target, random);
                case 3 -> add(target, random);
                case 4 -> duplicate(target, random);
                default -> flipType(body);
            }
        }
        return body;
    }

    private static String name(SplittableRandom random) {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder("p-");
        for (int i = 0; i < 12; i++) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isObject() || node.isArray()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    private static void remove(JsonNode target, SplittableRandom random) {
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            o.remove(names.get(random.nextInt(names.size())));
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            a.remove(random.nextInt(a.size()));
        }
    }

    private static void replace(JsonNode target, SplittableRandom random) {
        JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            o.set(names.get(random.nextInt(names.size())), value);
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            a.set(random.nextInt(a.size()), value);
        }
    }

    private static void add(JsonNode target, SplittableRandom random) {
        JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
        if (target instanceof ObjectNode o) {
            o.set(KEYS.get(random.nextInt(KEYS.size())), value);
        } else if (target instanceof ArrayNode a) {
            a.add(value);
        }
    }

    private static void duplicate(JsonNode target, SplittableRandom random) {
        if (target instanceof ArrayNode a && !a.isEmpty()) {
            a.add(a.get(random.nextInt(a.size())).deepCopy());
        }
    }

    private static void flipType(ObjectNode body) {
        if (body.get("spec") instanceof ObjectNode spec && spec.path("type").isString()) {
            spec.put("type", "Dedicate".equals(spec.get("type").asString()) ? "Logical" : "Dedicate");
        }
    }

    /**
     * The spec a 200 must report: the request's, without the request-only members (from the spec), and with
     * {@code maxCount} = {@code count} where the request left it out (the documented example pair, tested above).
     */
    private static JsonNode expectedSpec(JsonNode requestSpec) {
        ObjectNode spec = (ObjectNode) requestSpec.deepCopy();
        spec.remove(REQUEST_ONLY_SPEC_MEMBERS);
        if (spec.get("resources") instanceof ArrayNode resources) {
            for (JsonNode r : resources) {
                if (r instanceof ObjectNode o
                        && !o.has("maxCount")
                        && o.path("count").isNumber()) {
                    o.set("maxCount", o.get("count"));
                }
            }
        }
        return spec;
    }

    private static Set<String> requestOnlySpecMembers() {
        JsonNode schemas = SpecCheck.document().path("components").path("schemas");
        Set<String> members = new HashSet<>(
                schemas.path("PoolSpecCreation").path("properties").propertyNames());
        members.removeAll(schemas.path("PoolSpec").path("properties").propertyNames());
        return Set.copyOf(members);
    }

    /** A physical-pool body that uses every optional member of the create schema, all valid. */
    private static JsonNode fullPhysical() {
        ObjectNode body = (ObjectNode) PoolService.documentedExample("createPhysicalPool");
        ((ObjectNode) body.at("/metadata/labels"))
                .put("os.modelarts/sharing", "shared")
                .put("os.modelarts/node.prefix", "node");
        ((ObjectNode) body.at("/metadata/annotations"))
                .put("os.modelarts/billing.mode", "1")
                .put("os.modelarts/order.id", "order-1")
                .put("os.modelarts/scheduler.extension", "high");
        ObjectNode spec = (ObjectNode) body.get("spec");
        spec.putArray("scope").add("Train").add("Infer").add("Notebook");
        spec.putObject("containerNetwork").put("cidr", "172.16.0.0/16");
        spec.put("kubernetesSvcIpRange", "10.247.0.0/16")
                .put("clusterFlavor", "cce.s2.small")
                .put("ipv6enable", false);
        spec.putArray("masters").addObject().put("az", "eu-west-101a");
        spec.putObject("driver").put("gpuVersion", "440.33").put("updateStrategy", "idle");
        ObjectNode resource = (ObjectNode) spec.at("/resources/0");
        resource.put("count", 2).put("maxCount", 2);
        resource.putArray("azs").addObject().put("az", "eu-west-101a").put("count", 2);
        resource.putArray("tags").addObject().put("key", "team").put("value", "ml");
        resource.putObject("extendParams").put("dockerBaseSize", "50").put("postInstall", "ZWNobyBoaQ==");
        resource.putObject("creatingStep").put("step", 1).put("type", "rack");
        resource.putObject("rootVolume").put("volumeType", "SSD").put("size", "100");
        resource.putArray("dataVolumes")
                .addObject()
                .put("volumeType", "GPSSD")
                .put("size", "200")
                .put("count", 1)
                .putObject("extendParams")
                .put("volumeGroup", "vguser1");
        ObjectNode group = resource.putArray("volumeGroupConfigs").addObject().put("volumeGroup", "vguser1");
        group.putObject("lvmConfig").put("lvType", "linear").put("path", "/mnt/data");
        group.putArray("types").add("volume");
        return body;
    }
}
