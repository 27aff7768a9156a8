package dev.poolspec.generator.compat;

import java.time.LocalDate;

/**
 * One entry of an ignore file: the changes with this rule id at this pointer are accepted.
 *
 * @param index the entry's place in the file, from 1, for messages
 * @param id the rule id
 * @param pointer the change's revision pointer, or its base pointer (for removals), as the report shows it
 * @param reason why the change is accepted
 * @param expires the last day the entry applies, or null
 */
public record IgnoreEntry(int index, String id, String pointer, String reason, LocalDate expires) {

    public boolean matches(Change change) {
        return change.ruleId().equals(id)
                && (pointer.equals(change.revisionPointer()) || pointer.equals(change.basePointer()));
    }

    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /** How messages name it: {@code entry 2 (parameter-removed at #/paths/...)}. */
    public String describe() {
        return "entry " + index + " (" + id + " at " + pointer + ")";
    }
}
