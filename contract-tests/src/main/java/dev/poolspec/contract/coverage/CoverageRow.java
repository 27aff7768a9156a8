package dev.poolspec.contract.coverage;

import java.util.Map;

/**
 * One documented item and who exercises it.
 *
 * @param operation  operation id
 * @param status     documented response status, "request" for a request-body example, or null for the
 *                   operation row
 * @param example    example name, or null
 * @param byConsumer consumer → how its pacts exercise the item ("n interaction(s)", "exact", "subset"), or
 *                   absent when they do not
 * @param verdict    covered, waived or missing
 * @param reason     the waiver's reason, or null
 */
public record CoverageRow(
        String operation,
        String status,
        String example,
        Map<String, String> byConsumer,
        Verdict verdict,
        String reason) {

    public enum Verdict {
        COVERED,
        WAIVED,
        MISSING
    }

    public CoverageRow {
        byConsumer = Map.copyOf(byConsumer);
    }

    public String label() {
        return operation + (status == null ? "" : " " + status) + (example == null ? "" : " " + example);
    }
}
