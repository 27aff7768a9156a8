package dev.poolspec.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our signer against the official one: the Huawei Cloud Java SDK's {@code AKSKSigner} (huaweicloud-sdk-core, a test
 * dependency only) signs seeded random requests, and ours must write the same {@code Authorization} header and
 * accept the official header as valid. The requests mix what a signer can get wrong: methods with and without a
 * body, path segments and query names and values with spaces, {@code + * ~ % = &}, non-ASCII and non-BMP
 * characters, repeated query names, empty values, and extra headers with padding.
 *
 * <p>Each side gets the request the way its HTTP layer would send it: the official builder takes decoded path and
 * query parameters; ours takes the URI as sent, encoded here with {@link URLEncoder} (spaces as {@code %20}), the
 * way the generated client encodes query values, so neither side is fed our own {@link PercentEncoding}. The
 * official SDK keeps {@code Content-Type} out of the signed headers, so it is given to it apart and not signed here.
 * A failure names the seed; {@code -Dpoolspec.signing.replay=<seed>} runs that request alone.
 */
class OfficialSignerDifferentialTest {

    private static final long BASE_SEED = 0x5D4B_2026_1202L;
    private static final int REQUESTS = 2_000;
    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Characters a segment, name or value is drawn from; the last three are non-ASCII (one outside the BMP). */
    private static final String[] ALPHABET = {
        "a", "z", "K", "0", "9", "-", "_", ".", "~", " ", "+", "*", "%", "=", "&", "!", "'", "(", ")", ",", ";", ":",
        "@", "$", "ü", "中", "😀"
    };

    @TestFactory
    Stream<DynamicTest> ourSignatureIsTheOfficialSignerSignature() {
        String replay = System.getProperty("poolspec.signing.replay");
        Stream<Long> seeds = replay != null
                ? Stream.of(Long.decode(replay))
                : IntStream.range(0, REQUESTS).mapToObj(i -> BASE_SEED + i);
        return seeds.map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> checkOne(seed)));
    }

    private static void checkOne(long seed) throws URISyntaxException {
        RandomRequest request = RandomRequest.draw(new SplittableRandom(seed));
        CapturingSigner signer = new CapturingSigner();
        String official = signer.sign(
                        request.official(),
                        new BasicCredentials().withAk(request.accessKey).withSk(request.secretKey))
                .get("Authorization");

        Map<String, String> ours =
                SdkHmacSha256.sign(request.ours(), request.accessKey, request.secretKey, request.date);

        String replay = "seed " + seed + " (-Dpoolspec.signing.replay=" + seed + "): " + request;
        SignableRequest dated = request.ours().withHeader("X-Sdk-Date", SDK_DATE.format(request.date));
        assertThat(CanonicalRequest.of(
                        dated, Authorization.parse(official).signedHeaders(), CanonicalRequest.QueryValues.AS_SENT))
                .as(replay)
                .isEqualTo(signer.canonicalRequest);
        if (!request.hasRepeatedQueryName()) {
            assertThat(ours.get("Authorization")).as(replay).isEqualTo(official);
        } else {
            // Values of a repeated name: the Java SDK signs them as sent, we sort them (API Gateway's Go and Python
            // signers); verification accepts both.
            assertThat(SdkHmacSha256.verify(dated, Authorization.parse(ours.get("Authorization")), request.secretKey))
                    .as(replay)
                    .isTrue();
        }
        assertThat(SdkHmacSha256.verify(dated, Authorization.parse(official), request.secretKey))
                .as(replay)
                .isTrue();
    }

    /** The official signer, keeping the canonical request it hashed (to show where a difference starts). */
    private static final class CapturingSigner extends AKSKSigner {
        String canonicalRequest;

        @Override
        protected String buildCanonicalRequest(String... parts) {
            canonicalRequest = super.buildCanonicalRequest(parts);
            return canonicalRequest;
        }
    }

    /** One random request, in the official builder's terms (decoded parts) and as the URI it goes out as. */
    private record RandomRequest(
            String method,
            List<String> segments,
            Map<String, List<String>> query,
            Map<String, String> headers,
            String body,
            Instant date,
            String accessKey,
            String secretKey) {

        static RandomRequest draw(SplittableRandom random) {
            String method = pick(random, "GET", "POST", "PUT", "PATCH", "DELETE");
            List<String> segments = new ArrayList<>(List.of("v2", hex(random, 32), "pools"));
            int more = random.nextInt(3);
            for (int i = 0; i < more; i++) {
                segments.add(text(random, 1, 8) + "z");
            }
            Map<String, List<String>> query = new LinkedHashMap<>();
            int names = random.nextInt(4);
            for (int i = 0; i < names; i++) {
                List<String> values = new ArrayList<>();
                int count = 1 + (random.nextInt(4) == 0 ? 1 : 0);
                for (int v = 0; v < count; v++) {
                    values.add(text(random, 0, 6));
                }
                query.put(name(random), values);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-Project-Id", hex(random, 32));
            if (random.nextBoolean()) {
                headers.put("X-Security-Token", hex(random, 40));
            }
            if (random.nextBoolean()) {
                headers.put("Request-Type", pick(random, "Kubernetes", "two  spaces", "a:b;c"));
            }
            String body = method.equals("GET") || method.equals("DELETE")
                    ? ""
                    : "{\"name\":\"" + text(random, 0, 12).replace("\\", "").replace("\"", "") + "\"}";
            Instant date = Instant.ofEpochSecond(1_500_000_000L + random.nextLong(400_000_000L));
            return new RandomRequest(
                    method, segments, query, headers, body, date, "AK" + hex(random, 18), "SK" + hex(random, 38));
        }

        boolean hasRepeatedQueryName() {
            return query.values().stream().anyMatch(values -> values.size() > 1);
        }

        HttpRequest official() {
            HttpRequest.HttpRequestBuilder builder = HttpRequest.newBuilder()
                    .withEndpoint("https://modelarts.eu-west-101.myhuaweicloud.eu")
                    .withMethod(HttpMethod.valueOf(method))
                    .withContentType("application/json")
                    .withPath("/" + String.join("/", segments))
                    .addHeader("X-Sdk-Date", SDK_DATE.format(date));
            headers.forEach(builder::addHeader);
            query.forEach(builder::addQueryParam);
            if (!body.isEmpty()) {
                builder.withBodyAsString(body);
            }
            return builder.build();
        }

        SignableRequest ours() throws URISyntaxException {
            URI path =
                    new URI("https", "modelarts.eu-west-101.myhuaweicloud.eu", "/" + String.join("/", segments), null);
            StringBuilder rawQuery = new StringBuilder();
            query.forEach((name, values) -> values.forEach(value -> rawQuery.append(rawQuery.length() == 0 ? "" : "&")
                    .append(formEncode(name))
                    .append('=')
                    .append(formEncode(value))));
            URI uri = URI.create(path.toASCIIString() + (rawQuery.length() == 0 ? "" : "?" + rawQuery));
            return SignableRequest.of(method, uri, headers, body.getBytes(StandardCharsets.UTF_8));
        }

        private static String formEncode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String text(SplittableRandom random, int min, int max) {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            return text.toString();
        }

        /** A query parameter name: letters, digits and the unreserved marks, as API parameters are named. */
        private static String name(SplittableRandom random) {
            String unreserved = "abcXYZ019-._~";
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                name.append(unreserved.charAt(random.nextInt(unreserved.length())));
            }
            return name.toString();
        }

        private static String hex(SplittableRandom random, int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(Character.forDigit(random.nextInt(16), 16));
            }
            return text.toString();
        }

        @SafeVarargs
        private static <T> T pick(SplittableRandom random, T... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
