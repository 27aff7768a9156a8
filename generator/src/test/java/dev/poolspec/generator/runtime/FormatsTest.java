package dev.poolspec.generator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@link Formats} against the official JSON Schema Test Suite (draft 2020-12, optional/format). */
class FormatsTest {

    private static final String SUITE = "json-schema-test-suite/tests/draft2020-12/optional/format/";

    /** Formats checked elsewhere (regex: EcmaRegex) or not at all (unknown formats are annotations only). */
    private static final Set<String> NOT_HERE = Set.of("regex.json", "ecmascript-regex.json", "unknown.json");

    private static final Map<String, Predicate<String>> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("date-time.json", Formats::isDateTime);
        CHECKS.put("date.json", Formats::isDate);
        CHECKS.put("time.json", Formats::isTime);
        CHECKS.put("duration.json", Formats::isDuration);
        CHECKS.put("email.json", Formats::isEmail);
        CHECKS.put("idn-email.json", Formats::isIdnEmail);
        CHECKS.put("hostname.json", Formats::isHostname);
        CHECKS.put("idn-hostname.json", Formats::isIdnHostname);
        CHECKS.put("ipv4.json", Formats::isIpv4);
        CHECKS.put("ipv6.json", Formats::isIpv6);
        CHECKS.put("uri.json", Formats::isUri);
        CHECKS.put("uri-reference.json", Formats::isUriReference);
        CHECKS.put("iri.json", Formats::isIri);
        CHECKS.put("iri-reference.json", Formats::isIriReference);
        CHECKS.put("uuid.json", Formats::isUuid);
        CHECKS.put("uri-template.json", Formats::isUriTemplate);
        CHECKS.put("json-pointer.json", Formats::isJsonPointer);
        CHECKS.put("relative-json-pointer.json", Formats::isRelativeJsonPointer);
    }

    @TestFactory
    Stream<DynamicTest> officialSuite() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<DynamicTest> tests = new ArrayList<>();
        CHECKS.forEach((file, check) -> {
            for (JsonNode group : read(mapper, file)) {
                for (JsonNode test : group.path("tests")) {
                    JsonNode data = test.path("data");
                    if (!data.isString()) {
                        continue; // formats only constrain strings; other types always pass
                    }
                    String input = data.stringValue();
                    boolean valid = test.path("valid").booleanValue();
                    String name = file + ": " + group.path("description").asString() + " / "
                            + test.path("description").asString();
                    tests.add(DynamicTest.dynamicTest(
                            name,
                            () -> assertThat(check.test(input))
                                    .as("%s on %s", file, quote(input))
                                    .isEqualTo(valid)));
                }
            }
        });
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    /** A format file added to the vendored suite must get a check here rather than go unnoticed. */
    @Test
    void everySuiteFileIsCovered() throws IOException, URISyntaxException {
        URL folder = FormatsTest.class.getClassLoader().getResource(SUITE);
        assertThat(folder).isNotNull();
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = new TreeSet<>(CHECKS.keySet());
        expected.addAll(NOT_HERE);
        assertThat(files).isEqualTo(expected);
    }

    @Test
    void rfcExamples() {
        // RFC 3339 §5.8
        assertThat(Formats.isDateTime("1985-04-12T23:20:50.52Z")).isTrue();
        assertThat(Formats.isDateTime("1996-12-19T16:39:57-08:00")).isTrue();
        assertThat(Formats.isDateTime("1990-12-31T23:59:60Z")).isTrue();
        assertThat(Formats.isDateTime("1990-12-31T15:59:60-08:00")).isTrue();
        assertThat(Formats.isDateTime("1937-01-01T12:00:27.87+00:20")).isTrue();
        assertThat(Formats.isDateTime("1985-04-12T23:20:50.Z")).isFalse();
        assertThat(Formats.isDate("2000-02-29")).isTrue();
        assertThat(Formats.isDate("1900-02-29")).isFalse();
        assertThat(Formats.isTime("23:20:50.52")).isFalse();
        // RFC 3339 Appendix A
        assertThat(Formats.isDuration("P3Y6M4DT12H30M5S")).isTrue();
        assertThat(Formats.isDuration("PT1H0M")).isTrue();
        assertThat(Formats.isDuration("P1Y2MT")).isFalse();
        // RFC 4291 §2.2
        assertThat(Formats.isIpv6("2001:DB8:0:0:8:800:200C:417A")).isTrue();
        assertThat(Formats.isIpv6("FF01::101")).isTrue();
        assertThat(Formats.isIpv6("::13.1.68.3")).isTrue();
        assertThat(Formats.isIpv6("::FFFF:129.144.52.38")).isTrue();
        assertThat(Formats.isIpv6("1:2:3:4:5:6:7::")).isTrue();
        assertThat(Formats.isIpv6("1:2:3:4:5:6:7:8::")).isFalse();
        assertThat(Formats.isIpv6("1:2:3:4:5:6::1.2.3.4")).isFalse();
        assertThat(Formats.isIpv4("127.0.0.1")).isTrue();
        assertThat(Formats.isIpv4("1.2.3.04")).isFalse();
        // RFC 3986 §1.1.2
        assertThat(Formats.isUri("ldap://[2001:db8::7]/c=GB?objectClass?one")).isTrue();
        assertThat(Formats.isUri("urn:oasis:names:specification:docbook:dtd:xml:4.1.2"))
                .isTrue();
        assertThat(Formats.isUri("telnet://192.0.2.16:80/")).isTrue();
        assertThat(Formats.isUri("http://[v7.fe80::1]/")).isTrue();
        assertThat(Formats.isUri("http://[v7.]/")).isFalse();
        assertThat(Formats.isUriReference("../g;x?y#s")).isTrue();
        assertThat(Formats.isUriReference("g:h")).isTrue();
        // RFC 3987 §3.1 (iprivate only in the query)
        assertThat(Formats.isIri("http://r\u00e9sum\u00e9.example.org")).isTrue();
        assertThat(Formats.isIri("http://example.org/\ue000")).isFalse();
        assertThat(Formats.isIri("http://example.org/?\ue000")).isTrue();
        assertThat(Formats.isIriReference("a\ud800")).isFalse();
        // RFC 6570 §1.2
        assertThat(Formats.isUriTemplate("http://www.example.com/foo{?query,number}"))
                .isTrue();
        assertThat(Formats.isUriTemplate("{/list*,path:4}")).isTrue();
        assertThat(Formats.isUriTemplate("{x,hello,y}")).isTrue();
        assertThat(Formats.isUriTemplate("{var.}")).isFalse();
        // RFC 5321 §4.1.2, RFC 6531 §3.3
        assertThat(Formats.isEmail("\"a\\\"b\"@example.com")).isTrue();
        assertThat(Formats.isEmail("a@[IPv6:2001:db8::1]")).isTrue();
        assertThat(Formats.isEmail("a@[tag:content]")).isFalse();
        assertThat(Formats.isEmail("a@example.com.")).isFalse();
        assertThat(Formats.isEmail("a".repeat(65) + "@example.com")).isFalse();
        assertThat(Formats.isEmail("\u00fc@example.com")).isFalse();
        assertThat(Formats.isIdnEmail("\u00fc@b\u00fccher.example")).isTrue();
        assertThat(Formats.isIdnEmail("\ud800@example.com")).isFalse();
        // RFC 1123, RFC 5891, RFC 3492 §7.1
        assertThat(Formats.isHostname("xn--bcher-kva.example")).isTrue();
        assertThat(Formats.isHostname("XN--BCHER-KVA.example")).isTrue();
        assertThat(Formats.isHostname("b\u00fccher.example")).isFalse();
        assertThat(Formats.isIdnHostname("b\u00fccher.example")).isTrue();
        assertThat(Formats.isIdnHostname("B\u00fccher.example")).isFalse(); // upper case is not PVALID
        assertThat(Formats.isIdnHostname("\u0131stanbul")).isTrue(); // dotless i is PVALID
        assertThat(Formats.isIdnHostname("\u0628\u200c\u0627")).isTrue(); // BEH (D) ZWNJ ALEF (R)
        assertThat(Formats.isIdnHostname("\u0627\u200c\u0628")).isFalse(); // ALEF does not join forward
        assertThat(Formats.isIdnHostname("\u05d0\u05d1.com")).isTrue();
        assertThat(Formats.isHostname("ab--cd")).isTrue(); // RFC 1123 allows it ...
        assertThat(Formats.isIdnHostname("ab--cd")).isFalse(); // ... but IDNA2008 reserves it (RFC 5890 §2.3.1)
        // RFC 4122 §3, RFC 6901 §5, relative JSON pointer §5.1, RFC 4648 §10
        assertThat(Formats.isUuid("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")).isTrue();
        assertThat(Formats.isJsonPointer("/a~1b/m~0n/ ")).isTrue();
        assertThat(Formats.isRelativeJsonPointer("0")).isTrue();
        assertThat(Formats.isRelativeJsonPointer("2/highly/nested/objects")).isTrue();
        assertThat(Formats.isRelativeJsonPointer("-1")).isFalse();
        assertThat(Formats.isByte("")).isTrue();
        assertThat(Formats.isByte("Zg==")).isTrue();
        assertThat(Formats.isByte("Zm8=")).isTrue();
        assertThat(Formats.isByte("Zm9vYmFy")).isTrue();
        assertThat(Formats.isByte("Zm9vYmE")).isFalse();
        assertThat(Formats.isByte("Zg=a")).isFalse();
        assertThat(Formats.isByte("Z===")).isFalse();
        assertThat(Formats.isByte("Zm9v\nYmFy")).isFalse();
        assertThat(Formats.isByte("Zm9-YmFy")).isFalse(); // base64url is another alphabet
    }

    private static JsonNode read(JsonMapper mapper, String file) {
        try (InputStream in = FormatsTest.class.getClassLoader().getResourceAsStream(SUITE + file)) {
            assertThat(in).as(SUITE + file).isNotNull();
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows control and non-ASCII characters as escapes so failures are readable. */
    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
