package dev.poolspec.sandbox.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which faults {@link Admission} injects: none ({@link #off()}, the default: the {@value FaultHeader#NAME} header is
 * then an ordinary header and ignored), those a request asks for with the header ({@link #onRequest()}), or those
 * plus a fraction of all requests at random ({@link #random}). Thread-safe.
 *
 * <p>Random faults are a reproducible sequence: the n-th request the admission sees (counting from 0, whatever it
 * is) fails when a hash of the seed and n says so, as a 503 with {@code Retry-After: 1} or a dropped connection
 * (half each). The same seed and the same order of requests give the same faults.
 */
public final class Faults {

    static final String HEADER_ORIGIN = "injected by " + FaultHeader.NAME;
    static final String RANDOM_ORIGIN = "injected at random (--faults)";

    private static final Faults OFF = new Faults(false, 0, 0);
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final boolean header;
    private final double rate;
    private final long seed;
    private final AtomicLong requests = new AtomicLong();

    private Faults(boolean header, double rate, long seed) {
        this.header = header;
        this.rate = rate;
        this.seed = seed;
    }

    /** No faults; the header is ignored. */
    public static Faults off() {
        return OFF;
    }

    /** The faults requests ask for with the {@value FaultHeader#NAME} header. */
    public static Faults onRequest() {
        return new Faults(true, 0, 0);
    }

    /**
     * The faults requests ask for, and a fraction {@code rate} (0..1) of all requests failing at random.
     *
     * @throws IllegalArgumentException when {@code rate} is not within 0..1
     */
    public static Faults random(double rate, long seed) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("The fault rate must be from 0 to 1: " + rate);
        }
        return new Faults(true, rate, seed);
    }

    /** Whether any fault can be injected. */
    public boolean enabled() {
        return header;
    }

    /** The fraction of requests failing at random (0 for none). */
    public double rate() {
        return rate;
    }

    /**
     * The fault for one request: the header's, else a random one, else none.
     *
     * @throws IllegalArgumentException when the header is malformed (the message says why)
     */
    Optional<Fault> decide(Map<String, List<String>> headers) {
        if (!header) {
            return Optional.empty();
        }
        Optional<Fault> random = rate > 0 ? randomFault(requests.getAndIncrement()) : Optional.empty();
        String asked = RequestParameters.header(headers, FaultHeader.NAME);
        return asked != null ? Optional.of(FaultHeader.parse(asked)) : random;
    }

    private Optional<Fault> randomFault(long n) {
        long x = mix(seed + (n + 1) * GOLDEN_GAMMA);
        double u = (x >>> 11) * 0x1.0p-53;
        if (u >= rate) {
            return Optional.empty();
        }
        return Optional.of(
                (x & 1) == 0
                        ? new Fault(503, 1L, Duration.ZERO, false, RANDOM_ORIGIN)
                        : new Fault(0, null, Duration.ZERO, true, RANDOM_ORIGIN));
    }

    /** SplitMix64's finalizer: a well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return !header ? "faults off" : rate == 0 ? "faults on request" : "faults " + rate + ", seed " + seed;
    }
}
