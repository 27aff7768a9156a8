package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.support.MovableClock;
import dev.poolspec.server.validation.PoolValidator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: random merge patches (valid and invalid members, nulls, wrong types, unknown members, server-owned
 * labels, huge numbers, malformed JSON), sent through the whole admission path ({@link Admission}: parsing,
 * validators, operation) to a Running pool, are answered 200 or 400, never anything else; every 400 lists its
 * findings, each with a JSON pointer and a rule; every 200 is a valid {@code Pool} (generated validator) that keeps
 * the server-owned fields and applies the patch's labels and annotations as RFC 7396 says (a string sets, null
 * removes), and is what showPool then answers.
 *
 * <p>Seeded: a failure prints its seed and body; {@code -Dpoolspec.patch.seed=<seed> -Dpoolspec.patch.tries=1}
 * reruns it.
 */
class UpdatePropertiesTest {

    private static final long BASE_SEED = Long.getLong("poolspec.patch.seed", 0x5EED_0F_7A7C4L);
    private static final int TRIES = Integer.getInteger("poolspec.patch.tries", 10_000);
    private static final Map<String, List<String>> AUTH = Map.of("X-Auth-Token", List.of("t"));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SUMMARY = Pattern.compile("Bad request: (\\d+) problems?: (.+)", Pattern.DOTALL);
    private static final Pattern FINDING =
            Pattern.compile("(body|path|query|header) (\"\"|/[^ ]*): .+ \\[[^\\]]+\\]", Pattern.DOTALL);
    private static final List<String> FIXED = List.of(
            "/metadata/name",
            "/metadata/creationTimestamp",
            "/metadata/labels/os.modelarts~1name",
            "/metadata/labels/os.modelarts~1resource.id",
            "/metadata/labels/os.modelarts~1tenant.project.id",
            "/metadata/labels/os.modelarts~1tenant.domain.id",
            "/metadata/labels/os.modelarts~1create-from",
            "/metadata/labels/os.modelarts.pool~1biz",
            "/metadata/annotations/os.modelarts~1tenant.domain.name",
            "/spec/type",
            "/spec/network",
            "/kind",
            "/apiVersion");

    private static final String[] LABEL_KEYS = {
        "team",
        "tier",
        "os.modelarts/sharing",
        "os.modelarts/workspace.id",
        "os.modelarts/name",
        "os.modelarts/resource.id",
        "os.modelarts/tenant.project.id",
        "os.modelarts/create-from",
        "os.modelarts.pool/biz",
        "a/b~c"
    };
    private static final String[] ANNOTATION_KEYS = {
        "os.modelarts/description",
        "os.modelarts/order.id",
        "os.modelarts/billing.mode",
        "os.modelarts/tenant.domain.name",
        "os.modelarts/scheduler.extension",
        "note"
    };
    private static final String[] FLAVORS = {"modelarts.vm.cpu.8ud", "modelarts.vm.gpu.tnt004", ""};

    @Test
    void randomPatchesAreAnswered200Or400AndA200IsAValidPoolWithItsFixedFields() {
        MovableClock clock = new MovableClock(Instant.parse("2026-05-06T07:08:09Z"));
        PoolService service = PoolService.builder()
                .clock(clock)
                .phaseDelay(Duration.ofSeconds(2))
                .build();
        Admission admission = new Admission(service);
        ObjectNode createBody = (ObjectNode) PoolService.documentedExample("createPhysicalPool");
        ((ObjectNode) createBody.at("/metadata/labels")).put("os.modelarts/name", "prop-pool");
        service.createPool("prop", Map.of(), AUTH, createBody);
        ObjectNode logicalBody = (ObjectNode) PoolService.documentedExample("createLogicalPool");
        ((ObjectNode) logicalBody.at("/metadata/labels")).put("os.modelarts/name", "prop-logical");
        service.createPool("prop", Map.of(), AUTH, logicalBody);
        clock.set(clock.instant().plusSeconds(2));
        String[] ids = {"prop-pool-prop", "prop-logical-prop"};
        Map<String, JsonNode> initial = new TreeMap<>();
        for (String id : ids) {
            initial.put(id, service.showPool("prop", id, AUTH).body());
        }

        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < TRIES; i++) {
            long seed = BASE_SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            String id = ids[random.nextInt(ids.length)];
            String body = body(random);
            try {
                ApiResponse r = patch(admission, id, body);
                statuses.merge(r.status(), 1, Integer::sum);
                check(service, id, initial.get(id), body, r);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "seed " + seed + " (-Dpoolspec.patch.seed=" + seed + " -Dpoolspec.patch.tries=1), pool " + id
                                + ", body " + body + ": " + e.getMessage(),
                        e);
            }
            clock.set(clock.instant().plusSeconds(1));
        }
        assertThat(statuses.keySet()).as("%s", statuses).isSubsetOf(200, 400);
        if (TRIES >= 1000) {
            assertThat(statuses.getOrDefault(200, 0)).as("200s of %s", statuses).isGreaterThan(TRIES / 10);
            assertThat(statuses.getOrDefault(400, 0)).as("400s of %s", statuses).isGreaterThan(TRIES / 10);
        }
    }

    private static ApiResponse patch(Admission admission, String id, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Admission.Step step = admission.head(
                "PATCH",
                "/v2/prop/pools/" + id,
                null,
                Map.of("X-Auth-Token", List.of("t"), "Content-Type", List.of("application/merge-patch+json")),
                bytes.length);
        if (step instanceof Admission.NeedsBody needs) {
            step = admission.body(needs, bytes);
        }
        return step instanceof Admission.Refused refused
                ? refused.answer()
                : admission.serve((Admission.Admitted) step);
    }

    private static void check(PoolService service, String id, JsonNode initial, String body, ApiResponse r) {
        assertThat(r.status()).isIn(200, 400);
        assertThat(RequestValidation.generated().validateResponse("updatePool", r.status(), r.body()))
                .isEmpty();
        if (r.status() == 400) {
            assertThat(r.errorCode()).isEqualTo("ModelArts.50004000");
            Matcher summary = SUMMARY.matcher(r.errorMessage());
            assertThat(summary.matches()).as("400 message %s", r.errorMessage()).isTrue();
            String[] findings = summary.group(2).split("; (?=(body|path|query|header) (\"\"|/))");
            assertThat(findings).hasSize(Integer.parseInt(summary.group(1)));
            for (String finding : findings) {
                assertThat(finding).matches(FINDING);
            }
            return;
        }
        JsonNode pool = r.body();
        assertThat(PoolValidator.validate(pool).findings()).isEmpty();
        for (String pointer : FIXED) {
            assertThat(pool.at(pointer)).as(pointer).isEqualTo(initial.at(pointer));
        }
        JsonNode patch = JsonMapper.shared().readTree(body);
        for (String member : List.of("labels", "annotations")) {
            JsonNode changes = patch.path("metadata").path(member);
            for (Map.Entry<String, JsonNode> e : changes.properties()) {
                JsonNode now = pool.path("metadata").path(member).get(e.getKey());
                if (e.getValue().isNull()) {
                    assertThat(now).as("%s %s removed", member, e.getKey()).isNull();
                } else {
                    assertThat(now).as("%s %s set", member, e.getKey()).isEqualTo(e.getValue());
                }
            }
        }
        assertThat(service.showPool("prop", id, AUTH).body()).isEqualTo(pool);
    }

    // ---------------------------------------------------------------- random bodies

    private static String body(SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 3) {
            return List.of("[]", "\"x\"", "1", "null", "true", "").get(random.nextInt(6));
        }
        ObjectNode patch = NODES.objectNode();
        if (random.nextInt(100) < 70) {
            ObjectNode metadata = patch.putObject("metadata");
            if (random.nextBoolean()) {
                metadata.set("labels", map(random, LABEL_KEYS));
            }
            if (random.nextBoolean()) {
                metadata.set("annotations", map(random, ANNOTATION_KEYS));
            }
            if (random.nextInt(20) == 0) {
                metadata.put("name", "renamed");
            }
        }
        if (random.nextInt(100) < 50) {
            patch.set("spec", spec(random));
        }
        if (random.nextInt(30) == 0) {
            patch.putObject("status").put("phase", "Running");
        }
        if (random.nextInt(30) == 0) {
            patch.put("kind", "Pool");
        }
        String text = patch.toString();
        if (random.nextInt(40) == 0) {
            return text.substring(0, random.nextInt(text.length()));
        }
        return text;
    }

    private static ObjectNode map(SplittableRandom random, String[] keys) {
        ObjectNode map = NODES.objectNode();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            map.set(keys[random.nextInt(keys.length)], labelValue(random));
        }
        return map;
    }

    private static JsonNode labelValue(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0, 1 -> NODES.nullNode();
            case 2 -> NODES.numberNode(random.nextInt(100));
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.stringNode("shared");
            case 5 -> NODES.stringNode("x".repeat(random.nextInt(120)));
            case 6 -> NODES.stringNode("bad<chars>&");
            case 7 -> NODES.objectNode().put("nested", "v");
            default -> NODES.stringNode("v" + random.nextInt(1000));
        };
    }

    private static JsonNode spec(SplittableRandom random) {
        if (random.nextInt(25) == 0) {
            return NODES.stringNode("not an object");
        }
        ObjectNode spec = NODES.objectNode();
        if (random.nextInt(3) == 0) {
            ArrayNode scope = spec.putArray("scope");
            String[] types = {"Train", "Infer", "Notebook", "Gaming"};
            for (int i = random.nextInt(4); i > 0; i--) {
                scope.add(types[random.nextInt(types.length)]);
            }
        }
        if (random.nextInt(2) == 0) {
            ArrayNode resources = spec.putArray("resources");
            for (int i = random.nextInt(4); i > 0; i--) {
                ObjectNode resource = resources.addObject();
                if (random.nextInt(15) != 0) {
                    resource.put("flavor", FLAVORS[random.nextInt(FLAVORS.length)]);
                }
                JsonNode count = count(random);
                if (count != null) {
                    resource.set("count", count);
                }
                switch (random.nextInt(4)) {
                    case 0 -> resource.set("maxCount", count == null ? NODES.numberNode(1) : count);
                    case 1 -> resource.put("maxCount", random.nextInt(10));
                    default -> {}
                }
                if (random.nextInt(8) == 0) {
                    resource.putArray("azs")
                            .addObject()
                            .put("az", "eu-west-101a")
                            .put("count", random.nextInt(5));
                }
                if (random.nextInt(20) == 0) {
                    resource.put("surprise", 1);
                }
            }
        }
        if (random.nextInt(4) == 0) {
            spec.putArray("jobFlavors").add("modelarts.pool.visual.xlarge");
        }
        if (random.nextInt(4) == 0) {
            ObjectNode driver = spec.putObject("driver");
            switch (random.nextInt(4)) {
                case 0 -> driver.put("gpuVersion", "470.1");
                case 1 -> driver.put("updateStrategy", random.nextBoolean() ? "idle" : "later");
                case 2 -> driver.putNull("npuVersion");
                default -> driver.put("npuVersion", 7);
            }
        }
        switch (random.nextInt(12)) {
            case 0 -> spec.put("type", random.nextBoolean() ? "Logical" : "Dedicate");
            case 1 -> spec.putObject("network").put("name", "other-net");
            case 2 -> spec.put("unknown", true);
            case 3 -> spec.putNull("scope");
            default -> {}
        }
        return spec;
    }

    private static JsonNode count(SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(2.5);
            case 3 -> NODES.stringNode("3");
            case 4 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 5 -> NODES.numberNode(Long.MAX_VALUE);
            case 6 -> NODES.numberNode(1e300);
            default -> NODES.numberNode(random.nextInt(6));
        };
    }
}
