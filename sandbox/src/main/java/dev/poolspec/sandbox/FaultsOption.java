package dev.poolspec.sandbox;

import dev.poolspec.sandbox.core.Faults;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code --faults RATE[,seed=N]}: the fraction (0..1, e.g. {@code 0.1}) of requests that fail at random, and
 * the seed of their sequence (default: a random one, printed at start-up so that a run can be repeated).
 */
final class FaultsOption {

    private static final Pattern FORM =
            Pattern.compile("\\s*(\\d*\\.?\\d+)\\s*(?:,\\s*seed\\s*=\\s*(-?\\d{1,19})\\s*)?");

    final double rate;
    final long seed;

    private FaultsOption(double rate, long seed) {
        this.rate = rate;
        this.seed = seed;
    }

    /**
     * @throws IllegalArgumentException when the value is not {@code RATE[,seed=N]} with a rate from 0 to 1
     */
    static FaultsOption parse(String value) {
        Matcher m = FORM.matcher(value);
        if (m.matches()) {
            try {
                double rate = Double.parseDouble(m.group(1));
                long seed = m.group(2) == null
                        ? ThreadLocalRandom.current().nextLong(1_000_000)
                        : Long.parseLong(m.group(2));
                if (rate >= 0 && rate <= 1) {
                    return new FaultsOption(rate, seed);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(
                "--faults must be a rate from 0 to 1 with an optional seed, such as 0.1 or 0.1,seed=42, not \"" + value
                        + "\"");
    }

    Faults faults() {
        return Faults.random(rate, seed);
    }
}
