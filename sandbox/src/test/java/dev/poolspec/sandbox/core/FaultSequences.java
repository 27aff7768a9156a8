package dev.poolspec.sandbox.core;

import java.util.List;
import java.util.Map;

/** For tests over HTTP: seeds whose random faults begin with a wanted sequence. */
public final class FaultSequences {

    private FaultSequences() {}

    /**
     * The smallest seed from 0 whose first faults at {@code rate} are {@code wanted}: each {@code "503"},
     * {@code "drop"} or {@code "-"} (no fault).
     */
    public static long seedStartingWith(double rate, List<String> wanted) {
        for (long seed = 0; ; seed++) {
            Faults faults = Faults.random(rate, seed);
            boolean matches = true;
            for (String expected : wanted) {
                String actual = faults.decide(Map.of())
                        .map(f -> f.drops() ? "drop" : Integer.toString(f.status()))
                        .orElse("-");
                if (!actual.equals(expected)) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                return seed;
            }
        }
    }
}
