package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule book: every id once, spec-level rules first. */
class CompatRuleBookTest {
    @Test
    void everyRuleIdIsUnique() {
        List<String> ids = RuleBook.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).hasSize(ApiRules.all().size() + SchemaRules.all().size());
    }

    @Test
    void theApiRulesComeFirstAndAreFoundById() {
        assertThat(RuleBook.all().subList(0, ApiRules.all().size())).isEqualTo(ApiRules.all());
        assertThat(RuleBook.byId("operation-removed")).contains(ApiRules.OPERATION_REMOVED);
        assertThat(RuleBook.byId("no-such-rule")).isEmpty();
    }

    @Test
    void failOnLevels() {
        assertThat(FailOn.ERR.reachedBy(Level.ERR)).isTrue();
        assertThat(FailOn.ERR.reachedBy(Level.WARN)).isFalse();
        assertThat(FailOn.WARN.reachedBy(Level.WARN)).isTrue();
        assertThat(FailOn.WARN.reachedBy(Level.INFO)).isFalse();
        assertThat(FailOn.NEVER.reachedBy(Level.ERR)).isFalse();
    }
}
