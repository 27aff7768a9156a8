package dev.poolspec.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.poolspec.benchmarks.model.PoolCreation;
import dev.poolspec.benchmarks.validation.PoolCreationValidator;
import dev.poolspec.benchmarks.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validating the documented create-pool body ({@code components/examples/createPhysicalPool}) and a 10× larger
 * body against {@code PoolCreation}: our generated validator, networknt (schema compiled once, same JsonNode),
 * Hibernate Validator on openapi-generator's bean-validation models (bound once) and, as the floor, Jackson
 * parsing the same bytes. Every input is checked valid by all three validators in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidatorBenchmark {
    private static final String BASE = "https://poolspec.dev/benchmarks/pools-api.json";

    /** {@code documented}: the documented body; {@code large}: the same with resources repeated, ≥ 10× bytes. */
    @Param({"documented", "large"})
    public String body;

    private JsonMapper mapper;
    private byte[] bytes;
    private JsonNode tree;
    private Schema networkntSchema;
    private ValidatorFactory factory;
    private Validator beanValidator;
    private PoolCreation bound;

    @Setup(Level.Trial)
    public void setUp() {
        mapper = JsonMapper.shared();
        String specJson = resource("openapi/pools-api.json");
        JsonNode spec = mapper.readTree(specJson);
        ObjectNode example = (ObjectNode)
                spec.at("/components/examples/createPhysicalPool/value").deepCopy();
        if (body.equals("large")) {
            enlarge(example);
        }
        bytes = mapper.writeValueAsBytes(example);
        tree = mapper.readTree(bytes);

        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                Dialects.getOpenApi31(),
                b -> b.schemas(Map.of(BASE, specJson))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        networkntSchema = registry.getSchema(SchemaLocation.of(BASE + "#/components/schemas/PoolCreation"));

        factory = Validation.buildDefaultValidatorFactory();
        beanValidator = factory.getValidator();
        bound = mapper.treeToValue(tree, PoolCreation.class);

        ValidationResult generated = PoolCreationValidator.validate(tree);
        List<Error> reference = networkntSchema.validate(tree);
        Set<ConstraintViolation<PoolCreation>> violations = beanValidator.validate(bound);
        if (!generated.isValid() || !reference.isEmpty() || !violations.isEmpty()) {
            throw new IllegalStateException("benchmark input must be valid for every validator: generated=" + generated
                    + " networknt=" + reference + " hibernate=" + violations);
        }
        System.out.printf("%n[%s body: %d bytes]%n", body, bytes.length);
    }

    /** Repeats the resources (distinct flavors) until the body is at least 10× the documented one. */
    private void enlarge(ObjectNode example) {
        int target = 10 * mapper.writeValueAsBytes(example).length;
        ArrayNode resources = (ArrayNode) example.at("/spec/resources");
        ObjectNode first = (ObjectNode) resources.get(0);
        for (int i = 1; mapper.writeValueAsBytes(example).length < target; i++) {
            ObjectNode copy = first.deepCopy();
            copy.put("flavor", first.get("flavor").stringValue() + "-" + i);
            copy.put("count", i % 7 + 1);
            resources.add(copy);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    @Benchmark
    public ValidationResult generated() {
        return PoolCreationValidator.validate(tree);
    }

    @Benchmark
    public List<Error> networknt() {
        return networkntSchema.validate(tree);
    }

    @Benchmark
    public Set<ConstraintViolation<PoolCreation>> hibernateValidator() {
        return beanValidator.validate(bound);
    }

    @Benchmark
    public JsonNode jacksonReadTree() {
        return mapper.readTree(bytes);
    }

    private static String resource(String name) {
        try (InputStream in = ValidatorBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path (poolspec-spec artifact)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
