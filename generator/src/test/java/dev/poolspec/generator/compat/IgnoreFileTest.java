package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** compat-ignore.yaml: matching, stale and expired entries, and the errors of a bad file. */
class IgnoreFileTest {
    private static final Set<String> IDS = Set.of("operation-removed", "parameter-removed");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static final Change REMOVED = new Change(
            ApiRules.OPERATION_REMOVED, "POST /pets", "#/paths/~1pets/post", "", "The operation was removed.");
    private static final Change ADDED =
            new Change(ApiRules.OPERATION_ADDED, "PUT /pets", "", "#/paths/~1pets/put", "The operation was added.");

    private static CompatReport apply(String yaml) throws IgnoreFileException {
        return CompatReport.of(List.of(REMOVED, ADDED))
                .withIgnores(IgnoreFile.parse("compat-ignore.yaml", yaml, IDS), TODAY);
    }

    @Test
    void anEntryIgnoresTheChangeWithItsIdAndPointer() throws Exception {
        CompatReport report = apply("""
                ignore:
                  - id: operation-removed
                    pointer: '#/paths/~1pets/post'
                    reason: nobody called it (access logs, 90 days)
                    expires: 2026-06-15
                """);
        assertThat(report.ignored()).containsExactly(REMOVED);
        assertThat(report.failures(FailOn.ERR)).isEmpty();
        assertThat(report.counts()).containsEntry(Level.ERR, 0).containsEntry(Level.INFO, 1);
        assertThat(report.staleIgnores()).isEmpty();
        assertThat(report.expiredIgnores()).isEmpty();
    }

    @Test
    void anEntryThatMatchesNothingIsStale() throws Exception {
        CompatReport report = apply("""
                ignore:
                  - {id: parameter-removed, pointer: '#/paths/~1pets/get/parameters/0', reason: old}
                  - {id: operation-removed, pointer: '#/paths/~1pets/get', reason: wrong pointer}
                """);
        assertThat(report.ignored()).isEmpty();
        assertThat(report.staleIgnores()).extracting(IgnoreEntry::index).containsExactly(1, 2);
        assertThat(report.failures(FailOn.ERR)).containsExactly(REMOVED);
    }

    @Test
    void anExpiredEntryIgnoresNothingAndIsReported() throws Exception {
        CompatReport report = apply("""
                ignore:
                  - {id: operation-removed, pointer: '#/paths/~1pets/post', reason: grace period, expires: 2026-06-14}
                """);
        assertThat(report.ignored()).isEmpty();
        assertThat(report.expiredIgnores()).extracting(IgnoreEntry::id).containsExactly("operation-removed");
        assertThat(report.staleIgnores()).isEmpty();
        assertThat(report.failures(FailOn.ERR)).containsExactly(REMOVED);
    }

    @Test
    void anEntryWithoutReasonIsAnError() {
        assertThatThrownBy(() -> apply("""
                        ignore:
                          - {id: operation-removed, pointer: '#/paths/~1pets/post'}
                        """))
                .isInstanceOf(IgnoreFileException.class)
                .hasMessageContaining("compat-ignore.yaml, entry 1")
                .hasMessageContaining("'reason' is required");
    }

    @Test
    void anUnknownIdIsAnErrorNamingFileAndEntry() {
        assertThatThrownBy(() -> apply("""
                        ignore:
                          - {id: operation-removed, pointer: '#/a', reason: r}
                          - {id: operation-vanished, pointer: '#/b', reason: r}
                        """))
                .isInstanceOf(IgnoreFileException.class)
                .hasMessageContaining("compat-ignore.yaml, entry 2")
                .hasMessageContaining("unknown rule id 'operation-vanished'");
    }

    @Test
    void invalidYamlOrShapeOrDateIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> apply("ignore: [unclosed"))
                .isInstanceOf(IgnoreFileException.class)
                .hasMessageContaining("compat-ignore.yaml");
        assertThatThrownBy(() -> apply("ignore: {id: operation-removed}"))
                .isInstanceOf(IgnoreFileException.class)
                .hasMessageContaining("a list");
        assertThatThrownBy(() -> apply("ignore: [{id: operation-removed, pointer: '#/a', reason: r, expires: soon}]"))
                .isInstanceOf(IgnoreFileException.class)
                .hasMessageContaining("entry 1")
                .hasMessageContaining("yyyy-MM-dd");
    }

    @Test
    void aMissingOrEmptyFileIgnoresNothing() throws Exception {
        assertThat(IgnoreFile.read(java.nio.file.Path.of("does-not-exist.yaml"), IDS))
                .isEmpty();
        assertThat(IgnoreFile.parse("compat-ignore.yaml", "", IDS)).isEmpty();
        assertThat(IgnoreFile.parse("compat-ignore.yaml", "ignore: []\n", IDS)).isEmpty();
    }
}
