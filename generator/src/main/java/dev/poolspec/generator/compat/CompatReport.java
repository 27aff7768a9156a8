package dev.poolspec.generator.compat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of a comparison: every change in a deterministic order (operation, pointer, rule id, message), and,
 * once an ignore file is applied, which changes it ignores and which of its entries are stale or expired.
 */
public final class CompatReport {
    /** Order of the report: by operation, then pointer (revision, else base), then rule id, then message. */
    static final Comparator<Change> ORDER = Comparator.comparing(Change::operation)
            .thenComparing(CompatReport::pointer)
            .thenComparing(Change::ruleId)
            .thenComparing(Change::message);

    private final List<Change> changes;
    private final Set<Change> ignored;
    private final List<IgnoreEntry> staleIgnores;
    private final List<IgnoreEntry> expiredIgnores;

    private CompatReport(
            List<Change> changes, Set<Change> ignored, List<IgnoreEntry> stale, List<IgnoreEntry> expired) {
        this.changes = changes;
        this.ignored = ignored;
        this.staleIgnores = stale;
        this.expiredIgnores = expired;
    }

    public static CompatReport of(List<Change> changes) {
        return new CompatReport(changes.stream().distinct().sorted(ORDER).toList(), Set.of(), List.of(), List.of());
    }

    /** The pointer a change is listed and ignored by: in the revision, or in the base for removals. */
    public static String pointer(Change change) {
        return change.revisionPointer().isEmpty() ? change.basePointer() : change.revisionPointer();
    }

    /**
     * This report with an ignore file applied on a day: an entry ignores the changes it matches unless it has
     * expired; an entry that matches nothing is stale.
     */
    public CompatReport withIgnores(List<IgnoreEntry> entries, LocalDate today) {
        Set<Change> ignoredNow = new java.util.LinkedHashSet<>();
        List<IgnoreEntry> stale = new ArrayList<>();
        List<IgnoreEntry> expired = new ArrayList<>();
        for (IgnoreEntry entry : entries) {
            List<Change> matched = changes.stream().filter(entry::matches).toList();
            if (entry.expiredOn(today)) {
                expired.add(entry);
            } else if (matched.isEmpty()) {
                stale.add(entry);
            } else {
                ignoredNow.addAll(matched);
            }
        }
        return new CompatReport(changes, Set.copyOf(ignoredNow), List.copyOf(stale), List.copyOf(expired));
    }

    /** Every change, ignored ones included. */
    public List<Change> changes() {
        return changes;
    }

    public boolean isIgnored(Change change) {
        return ignored.contains(change);
    }

    public List<Change> ignored() {
        return changes.stream().filter(ignored::contains).toList();
    }

    /** The changes that count: not ignored. */
    public List<Change> effective() {
        return changes.stream().filter(c -> !ignored.contains(c)).toList();
    }

    public List<IgnoreEntry> staleIgnores() {
        return staleIgnores;
    }

    public List<IgnoreEntry> expiredIgnores() {
        return expiredIgnores;
    }

    /** How many changes that count there are of each level (every level present, zero included). */
    public Map<Level, Integer> counts() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0);
        }
        effective().forEach(c -> counts.merge(c.level(), 1, Integer::sum));
        return counts;
    }

    /** The changes that count and reach the failing level. */
    public List<Change> failures(FailOn failOn) {
        return effective().stream().filter(c -> failOn.reachedBy(c.level())).toList();
    }

    /** The changes grouped by operation, in report order. */
    public Map<String, List<Change>> byOperation() {
        return changes.stream()
                .collect(Collectors.groupingBy(Change::operation, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
