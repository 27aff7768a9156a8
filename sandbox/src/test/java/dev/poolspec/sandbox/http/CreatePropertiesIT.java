package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SharedSandbox;
import dev.poolspec.sandbox.support.SpecCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: create bodies mutated from the documented examples (removed, replaced, added and duplicated members,
 * type flips) never get a 5xx; every 400 names a JSON pointer and a rule; every 200 conforms to the spec (both
 * validators) and reports the spec as given, with defaults.
 */
class CreatePropertiesIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Http HTTP = SharedSandbox.http();
    private static final String PROJECT = Http.newProject();
    private static final Pattern POINTER = Pattern.compile("(body|query|header|path) (\"\"|/[^:\\s]*): .+ \\[[^\\]]+\\]");

    private static final List<JsonNode> BASES = List.of(
            PoolService.documentedExample("createPhysicalPool"),
            PoolService.documentedExample("createLogicalPool"),
            fullPhysical());

    private static final List<String> KEYS = List.of("maxCount", "count", "flavor", "network", "masters", "scope",
            "parent", "dataVolumes", "volumeGroupConfigs", "azs", "tags", "extendParams", "creatingStep", "rootVolume",
            "driver", "containerNetwork", "ipv6enable", "kubernetesSvcIpRange", "clusterFlavor", "type", "resources",
            "os.modelarts/billing.mode", "os.modelarts/order.id", "os.modelarts/workspace.id", "os.modelarts/sharing",
            "os.modelarts/tenant.project.id", "os.modelarts.pool/biz", "os.modelarts/resource.id", "status", "name",
            "creationTimestamp", "unknown", "volumeGroup", "dockerThinPool", "lvmConfig", "path", "lvType", "postInstall",
            "az", "key", "value", "cidr", "mode", "updateStrategy", "step", "size", "volumeType", "types");

    private static final List<JsonNode> VALUES = List.of(
            NODES.stringNode(""), NODES.stringNode("x"), NODES.stringNode("a".repeat(300)), NODES.stringNode("äöü-€-😀"),
            NODES.stringNode("Dedicate"), NODES.stringNode("Logical"), NODES.stringNode("Train"),
            NODES.stringNode("Infer"), NODES.stringNode("Notebook"), NODES.stringNode("v2"), NODES.stringNode("v1"),
            NODES.stringNode("Pool"), NODES.stringNode("0"), NODES.stringNode("1"), NODES.stringNode("vgpaas"),
            NODES.stringNode("vguser1"), NODES.stringNode("default"), NODES.stringNode("SSD"), NODES.stringNode("rack"),
            NODES.stringNode("force"), NODES.stringNode("/mnt/data"), NODES.stringNode("CCE-node"),
            NODES.stringNode("aGVsbG8="), NODES.stringNode("not base64!"), NODES.stringNode("linear"),
            NODES.stringNode("volume"), NODES.stringNode("pool-zz99"), NODES.stringNode("UPPER"),
            NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(2), NODES.numberNode(3),
            NODES.numberNode(101), NODES.numberNode(1_000_000_000_000L), NODES.numberNode(1.5), NODES.booleanNode(true),
            NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(new java.math.BigDecimal("-1e400")),
            NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
            NODES.booleanNode(false), NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(),
            NODES.objectNode().put("name", "network-x"), NODES.arrayNode().add("Train"),
            NODES.arrayNode().add(NODES.objectNode().put("az", "eu-west-101a").put("count", 1)),
            NODES.arrayNode().add(NODES.objectNode().put("volumeGroup", "vgpaas")),
            NODES.arrayNode().add(NODES.objectNode().put("volumeType", "SSD").put("size", "100")
                    .set("extendParams", NODES.objectNode().put("volumeGroup", "vguser1"))));

    private static final AtomicInteger TRIES = new AtomicInteger();

    @AfterContainer
    static void everyTryRan() {
        assertThat(TRIES.get()).as("create bodies sent").isGreaterThanOrEqualTo(10_000);
    }

    @Property(tries = 10_000, shrinking = ShrinkingMode.OFF)
    void mutatedCreateBodiesNeverBreakTheContract(@ForAll("bodies") ObjectNode body) {
        TRIES.incrementAndGet();
        Http.Response r = HTTP.post("/v2/" + PROJECT + "/pools", body);
        Statistics.collect(r.status());
        assertThat(r.status()).as("status for %s: %s", body, r.text()).isLessThan(500);
        assertThat(r.status()).as("status for %s: %s", body, r.text()).isIn(200, 400, 409);
        SpecCheck.assertConforms("createPool", r.status(), r.json());
        if (r.status() == 400) {
            assertThat(r.errorMessage()).as("400 for %s", body).containsPattern(POINTER);
        }
        if (r.status() == 200) {
            assertThat(r.json().get("spec")).as("spec of %s", body).isEqualTo(expectedSpec(body.get("spec")));
            assertThat(r.json().at("/metadata/labels/os.modelarts~1tenant.project.id").asString()).isEqualTo(PROJECT);
        }
        Statistics.coverage(c -> {
            c.check(200).percentage(p -> p > 5);
            c.check(400).percentage(p -> p > 20);
        });
    }

    @Provide
    Arbitrary<ObjectNode> bodies() {
        return Arbitraries.randomValue(CreatePropertiesIT::mutate);
    }

    private static ObjectNode mutate(Random random) {
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

    private static String name(Random random) {
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

    private static void remove(JsonNode target, Random random) {
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            o.remove(names.get(random.nextInt(names.size())));
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            a.remove(random.nextInt(a.size()));
        }
    }

    private static void replace(JsonNode target, Random random) {
        JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            o.set(names.get(random.nextInt(names.size())), value);
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            a.set(random.nextInt(a.size()), value);
        }
    }

    private static void add(JsonNode target, Random random) {
        JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
        if (target instanceof ObjectNode o) {
            o.set(KEYS.get(random.nextInt(KEYS.size())), value);
        } else if (target instanceof ArrayNode a) {
            a.add(value);
        }
    }

    private static void duplicate(JsonNode target, Random random) {
        if (target instanceof ArrayNode a && !a.isEmpty()) {
            a.add(a.get(random.nextInt(a.size())).deepCopy());
        }
    }

    private static void flipType(ObjectNode body) {
        if (body.get("spec") instanceof ObjectNode spec && spec.path("type").isString()) {
            spec.put("type", "Dedicate".equals(spec.get("type").asString()) ? "Logical" : "Dedicate");
        }
    }

    /** The oracle: the request spec without request-only members, {@code maxCount} defaulted to {@code count}. */
    private static JsonNode expectedSpec(JsonNode requestSpec) {
        ObjectNode spec = requestSpec == null ? NODES.objectNode() : (ObjectNode) requestSpec.deepCopy();
        spec.remove(List.of("parent", "ipv6enable"));
        if (spec.get("resources") instanceof ArrayNode resources) {
            for (JsonNode r : resources) {
                if (r instanceof ObjectNode o && !o.has("maxCount") && o.path("count").isNumber()) {
                    o.set("maxCount", o.get("count"));
                }
            }
        }
        return spec;
    }

    /** A physical-pool body that uses every optional member of the create schema, all valid. */
    private static JsonNode fullPhysical() {
        ObjectNode body = (ObjectNode) PoolService.documentedExample("createPhysicalPool");
        ((ObjectNode) body.at("/metadata/labels")).put("os.modelarts/sharing", "shared")
                .put("os.modelarts/node.prefix", "node");
        ((ObjectNode) body.at("/metadata/annotations")).put("os.modelarts/billing.mode", "1")
                .put("os.modelarts/order.id", "order-1").put("os.modelarts/scheduler.extension", "high");
        ObjectNode spec = (ObjectNode) body.get("spec");
        spec.putArray("scope").add("Train").add("Infer").add("Notebook");
        spec.putObject("containerNetwork").put("cidr", "172.16.0.0/16");
        spec.put("kubernetesSvcIpRange", "10.247.0.0/16").put("clusterFlavor", "cce.s2.small").put("ipv6enable", false);
        spec.putArray("masters").addObject().put("az", "eu-west-101a");
        spec.putObject("driver").put("gpuVersion", "440.33").put("updateStrategy", "idle");
        ObjectNode resource = (ObjectNode) spec.at("/resources/0");
        resource.put("count", 2).put("maxCount", 2);
        resource.putArray("azs").addObject().put("az", "eu-west-101a").put("count", 2);
        resource.putArray("tags").addObject().put("key", "team").put("value", "ml");
        resource.putObject("extendParams").put("dockerBaseSize", "50").put("postInstall", "ZWNobyBoaQ==");
        resource.putObject("creatingStep").put("step", 1).put("type", "rack");
        resource.putObject("rootVolume").put("volumeType", "SSD").put("size", "100");
        resource.putArray("dataVolumes").addObject().put("volumeType", "GPSSD").put("size", "200").put("count", 1)
                .putObject("extendParams").put("volumeGroup", "vguser1");
        ObjectNode group = resource.putArray("volumeGroupConfigs").addObject().put("volumeGroup", "vguser1");
        group.putObject("lvmConfig").put("lvType", "linear").put("path", "/mnt/data");
        group.putArray("types").add("volume");
        return body;
    }

}
