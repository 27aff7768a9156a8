package dev.poolspec.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.poolspec.benchmarks.stripe.validation.PaymentIntentValidator;
import dev.poolspec.benchmarks.stripe.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A third-party spec: Stripe's public OpenAPI 3.0 document ({@code third-party/stripe/spec3.json}, MIT, see the
 * README there), whose resources are {@code anyOf}/{@code $ref} compositions (expandable fields are
 * {@code anyOf: [string, $ref]}). Input: a succeeded {@code payment_intent} response with {@code customer},
 * {@code payment_method} and the charge expanded ({@code third-party/stripe/payment_intent.json}, 3.5 kB, built
 * from Stripe's fixtures). Our generated {@code PaymentIntentValidator} against networknt (OpenAPI 3.0 dialect,
 * format assertions on, schema compiled once, the same JsonNode) and Jackson parsing the same bytes. Setup checks
 * that both validators accept the body.
 *
 * <p>Ten warm-up iterations (not three): the body reaches the check methods of many schemas on both sides (payment
 * intent, charge, customer, payment method, card details, ...), and on the shared 2-core machine C2 needed about six
 * seconds before the generated side settled. Leave {@code -wi} off the command line to keep them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StripeValidatorBenchmark {
    private static final String BASE = "https://poolspec.dev/benchmarks/third-party/stripe/spec3.json";

    private JsonMapper mapper;
    private byte[] bytes;
    private JsonNode tree;
    private Schema networkntSchema;

    @Setup(Level.Trial)
    public void setUp() {
        mapper = JsonMapper.shared();
        String specJson = resource("third-party/stripe/spec3.json");
        bytes = mapper.writeValueAsBytes(mapper.readTree(resource("third-party/stripe/payment_intent.json")));
        tree = mapper.readTree(bytes);

        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                Dialects.getOpenApi30(),
                b -> b.schemas(Map.of(BASE, specJson))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        networkntSchema = registry.getSchema(SchemaLocation.of(BASE + "#/components/schemas/payment_intent"));
        networkntSchema.initializeValidators();

        ValidationResult generated = PaymentIntentValidator.validate(tree);
        List<Error> reference = networkntSchema.validate(tree);
        if (!generated.isValid() || !reference.isEmpty()) {
            throw new IllegalStateException("benchmark input must be valid for both validators: generated=" + generated
                    + " networknt=" + reference);
        }
        System.out.printf("%n[stripe payment_intent body: %d bytes]%n", bytes.length);
    }

    @Benchmark
    public ValidationResult generated() {
        return PaymentIntentValidator.validate(tree);
    }

    @Benchmark
    public List<Error> networknt() {
        return networkntSchema.validate(tree);
    }

    @Benchmark
    public JsonNode jacksonReadTree() {
        return mapper.readTree(bytes);
    }

    private static String resource(String name) {
        try (InputStream in = StripeValidatorBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
