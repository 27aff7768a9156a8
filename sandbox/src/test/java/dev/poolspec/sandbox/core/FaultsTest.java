package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fault header's grammar, the random sequence, and where faults sit in the admission. */
class FaultsTest {

    private static final String POOLS = "/v2/p1/pools";
    private final PoolService service = PoolService.create();

    private static Map<String, List<String>> fault(String value) {
        return Map.of("X-Auth-Token", List.of("t"), "X-Poolspec-Fault", List.of(value));
    }

    @Test
    void theGrammar() {
        assertThat(FaultHeader.parse("status=503; retry-after=2"))
                .isEqualTo(new Fault(503, 2L, Duration.ZERO, false, Faults.HEADER_ORIGIN));
        assertThat(FaultHeader.parse("DELAY=500ms"))
                .isEqualTo(new Fault(0, null, Duration.ofMillis(500), false, Faults.HEADER_ORIGIN));
        assertThat(FaultHeader.parse(" delay = 1s ; drop "))
                .isEqualTo(new Fault(0, null, Duration.ofSeconds(1), true, Faults.HEADER_ORIGIN));
        assertThat(FaultHeader.parse("status=429;delay=10ms").delay()).isEqualTo(Duration.ofMillis(10));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|it is empty; give status=S, retry-after=N, delay=D or drop, joined by \";\"",
                "status=200|status must be 429, 500, 502, 503 or 504",
                "status=abc|status must be 429, 500, 502, 503 or 504",
                "status|status must be 429, 500, 502, 503 or 504",
                "status=503;status=503|\"status\" is given twice",
                "retry-after=2|retry-after needs a status",
                "status=503;retry-after=-1|retry-after must be a number of seconds from 0 to 86400",
                "delay=5|delay must be a duration such as 250ms or 2s, at most 60s",
                "delay=61s|delay must be a duration such as 250ms or 2s, at most 60s",
                "drop=yes|drop takes no value",
                "drop;status=503|drop and status exclude each other",
                "explode|unknown directive \"explode\"; use status=S, retry-after=N, delay=D or drop, joined by \";\"",
                "status=503;|a directive is empty; use status=S, retry-after=N, delay=D or drop, joined by \";\""
            })
    void malformedHeadersAre400NamingTheHeader(String value, String reason) {
        Admission admission = new Admission(service, 1024, Faults.onRequest());
        Admission.Step step = admission.head("GET", POOLS, null, fault(value), -1);
        ApiResponse answer = ((Admission.Refused) step).answer();
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage())
                .isEqualTo("Bad request: 1 problem: header /X-Poolspec-Fault: Malformed fault \"" + value + "\": "
                        + reason + ". [fault.syntax]");
    }

    @Test
    void theHeaderIsIgnoredUnlessFaultsAreOn() {
        Admission admission = new Admission(service);
        assertThat(admission.head("GET", POOLS, null, fault("status=503"), -1)).isInstanceOf(Admission.Admitted.class);
        assertThat(admission.head("GET", POOLS, null, fault("nonsense"), -1)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aStatusFaultAnswersBeforeAnyCheckWithItsDocumentedBody() {
        Admission admission = new Admission(service, 1024, Faults.onRequest());
        Admission.Faulted faulted = (Admission.Faulted)
                admission.head("POST", POOLS, null, Map.of("X-Poolspec-Fault", List.of("status=503;retry-after=2")), 5);
        assertThat(faulted.then()).isNull();
        ApiResponse answer = faulted.fault().answer().orElseThrow();
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.errorCode()).isEqualTo("ModelArts.4302");
        assertThat(answer.errorMessage()).isEqualTo("Service unavailable: a fault injected by X-Poolspec-Fault.");
        assertThat(answer.headers()).containsExactly(Map.entry("Retry-After", "2"));
        for (int status : new int[] {429, 500, 502, 504}) {
            ApiResponse other = Refusals.injectedFault(status, Faults.HEADER_ORIGIN);
            assertThat(other.status()).isEqualTo(status);
            assertThat(other.headers()).isEmpty();
        }
        assertThat(Refusals.injectedFault(429, Faults.HEADER_ORIGIN).errorCode())
                .isEqualTo("ModelArts.2799");
    }

    @Test
    void aDelayOnlyFaultCarriesTheUsualNextStep() {
        Admission admission = new Admission(service, 1024, Faults.onRequest());
        Admission.Faulted get = (Admission.Faulted) admission.head("GET", POOLS, null, fault("delay=20ms"), -1);
        assertThat(get.fault().answer()).isEmpty();
        assertThat(get.then()).isInstanceOf(Admission.Admitted.class);
        Admission.Faulted unauthenticated = (Admission.Faulted)
                admission.head("GET", POOLS, null, Map.of("X-Poolspec-Fault", List.of("delay=20ms")), -1);
        assertThat(((Admission.Refused) unauthenticated.then()).answer().status())
                .isEqualTo(401);
        Admission.Faulted drop = (Admission.Faulted) admission.head("GET", POOLS, null, fault("drop"), -1);
        assertThat(drop.fault().drops()).isTrue();
        assertThat(drop.then()).isNull();
    }

    @Test
    void randomFaultsAreASeededSequence() {
        assertThat(sequence(Faults.random(0.3, 42), 200)).isEqualTo(sequence(Faults.random(0.3, 42), 200));
        assertThat(sequence(Faults.random(0.3, 42), 200)).isNotEqualTo(sequence(Faults.random(0.3, 43), 200));
        List<String> many = sequence(Faults.random(0.3, 7), 10_000);
        long failed = many.stream().filter(s -> !s.equals("-")).count();
        assertThat(failed).isBetween(2_700L, 3_300L);
        assertThat(many).contains("503", "drop");
        assertThat(sequence(Faults.random(0, 1), 1000)).containsOnly("-");
        assertThat(sequence(Faults.random(1, 1), 1000)).doesNotContain("-");
    }

    @Test
    void theHeaderWinsOverARandomFault() {
        Faults faults = Faults.random(1, 5);
        for (int i = 0; i < 20; i++) {
            assertThat(faults.decide(fault("delay=1ms")).orElseThrow().delay()).isEqualTo(Duration.ofMillis(1));
        }
    }

    @Test
    void aRateOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Faults.random(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Faults.random(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> sequence(Faults faults, int n) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outcomes.add(faults.decide(Map.of())
                    .map(f -> f.drops() ? "drop" : Integer.toString(f.status()))
                    .orElse("-"));
        }
        return outcomes;
    }
}
