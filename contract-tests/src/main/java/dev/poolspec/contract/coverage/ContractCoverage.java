package dev.poolspec.contract.coverage;

import dev.poolspec.contract.pact.PactInteraction;
import dev.poolspec.contract.spec.OpenApiDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Computes which documented items the pacts exercise.
 *
 * <ul>
 *   <li>an operation: some interaction's method and path match it;</li>
 *   <li>a documented status: some interaction of the operation expects it;</li>
 *   <li>a request example: some interaction of the operation sends exactly that body;</li>
 *   <li>a response example: some interaction of the operation expecting that status expects exactly that body
 *       ("exact") or a part of it, every value it shows equal to the example's ("subset": a consumer asserts
 *       only what it uses).</li>
 * </ul>
 * An item no consumer exercises fails unless waived; a waiver that matches no documented item, or one whose
 * item is exercised, fails too (waivers must stay true).
 */
public final class ContractCoverage {

    private ContractCoverage() {}

    public static CoverageReport compute(
            OpenApiDocument spec, List<PactInteraction> interactions, List<Waiver> waivers) {
        Set<String> consumers = new TreeSet<>();
        interactions.forEach(i -> consumers.add(i.consumer()));
        List<String> failures = new ArrayList<>();
        if (consumers.isEmpty()) {
            failures.add("No pact interactions: nothing exercises the spec.");
        }
        List<CoverageRow> rows = new ArrayList<>();
        Set<Waiver> used = new HashSet<>();
        for (OpenApiDocument.Operation op : spec.operations()) {
            List<PactInteraction> mine = interactions.stream()
                    .filter(i -> i.request().method().equalsIgnoreCase(op.method())
                            && op.matchPath(i.request().path()).isPresent())
                    .toList();
            rows.add(row(op.id(), null, null, count(mine, consumers), waivers, used));
            for (OpenApiDocument.MediaType media : op.requestMedia()) {
                for (OpenApiDocument.Example example : media.examples()) {
                    Map<String, String> by = new LinkedHashMap<>();
                    for (PactInteraction i : mine) {
                        if (example.value().equals(i.request().body())) {
                            by.put(i.consumer(), "exact");
                        }
                    }
                    rows.add(row(op.id(), "request", example.name(), by, waivers, used));
                }
            }
            for (Map.Entry<String, OpenApiDocument.Response> response :
                    op.responses().entrySet()) {
                String status = response.getKey();
                List<PactInteraction> withStatus = mine.stream()
                        .filter(i -> op.response(i.response().status())
                                .map(r -> r.status().equals(status))
                                .orElse(false))
                        .toList();
                rows.add(row(op.id(), status, null, count(withStatus, consumers), waivers, used));
                for (OpenApiDocument.MediaType media : response.getValue().content()) {
                    for (OpenApiDocument.Example example : media.examples()) {
                        Map<String, String> by = new LinkedHashMap<>();
                        for (PactInteraction i : withStatus) {
                            JsonNode body = i.response().body();
                            if (example.value().equals(body)) {
                                by.put(i.consumer(), "exact");
                            } else if (body != null && contained(body, example.value())) {
                                by.putIfAbsent(i.consumer(), "subset");
                            }
                        }
                        rows.add(row(op.id(), status, example.name(), by, waivers, used));
                    }
                }
            }
        }
        for (CoverageRow row : rows) {
            if (row.verdict() == CoverageRow.Verdict.MISSING) {
                failures.add(row.label() + ": no pact exercises it and no waiver in coverage-waivers.yaml names it.");
            }
        }
        for (Waiver waiver : waivers) {
            boolean known = rows.stream().anyMatch(r -> matches(waiver, r));
            if (!known) {
                failures.add("Waiver " + waiver.label() + " matches no documented item of the spec (typo or stale).");
            } else if (!used.contains(waiver)) {
                failures.add("Waiver " + waiver.label() + " is not needed: pacts exercise it now; remove the waiver.");
            }
        }
        return new CoverageReport(spec.file().toString(), List.copyOf(consumers), rows, failures);
    }

    private static Map<String, String> count(List<PactInteraction> interactions, Set<String> consumers) {
        Map<String, String> by = new LinkedHashMap<>();
        for (String consumer : consumers) {
            long n = interactions.stream()
                    .filter(i -> i.consumer().equals(consumer))
                    .count();
            if (n > 0) {
                by.put(consumer, n + " interaction" + (n == 1 ? "" : "s"));
            }
        }
        return by;
    }

    private static CoverageRow row(
            String operation,
            String status,
            String example,
            Map<String, String> by,
            List<Waiver> waivers,
            Set<Waiver> used) {
        CoverageRow probe = new CoverageRow(operation, status, example, by, CoverageRow.Verdict.MISSING, null);
        Optional<Waiver> waiver =
                waivers.stream().filter(w -> matches(w, probe)).findFirst();
        if (!by.isEmpty()) {
            return new CoverageRow(operation, status, example, by, CoverageRow.Verdict.COVERED, null);
        }
        if (waiver.isPresent()) {
            used.add(waiver.get());
            return new CoverageRow(
                    operation,
                    status,
                    example,
                    by,
                    CoverageRow.Verdict.WAIVED,
                    waiver.get().reason());
        }
        return probe;
    }

    /** A waiver names a row exactly, or a status waiver also names that status's examples. */
    static boolean matches(Waiver waiver, CoverageRow row) {
        if (!waiver.operation().equals(row.operation()) || row.status() == null) {
            return false;
        }
        if (waiver.example() == null) {
            return waiver.status().equals(row.status());
        }
        return waiver.example().equals(row.example())
                && (waiver.status() == null || waiver.status().equals(row.status()));
    }

    /** Every value {@code part} shows is equal to the value at the same place in {@code whole}. */
    static boolean contained(JsonNode part, JsonNode whole) {
        if (part.isObject()) {
            if (!whole.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = part.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!whole.has(e.getKey()) || !contained(e.getValue(), whole.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (part.isArray()) {
            if (!whole.isArray() || whole.size() != part.size()) {
                return false;
            }
            for (int i = 0; i < part.size(); i++) {
                if (!contained(part.get(i), whole.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return part.equals(whole);
    }
}
