package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule table of the README is generated from the rule book; this fails when they differ. To update: run the
 * test with {@code -Dpoolspec.printRuleTable=true} and paste the printed table into the README.
 */
class RuleTableTest {
    @Test
    void theReadmeHoldsTheRuleTableExactly() throws Exception {
        String table = RuleTable.render(RuleBook.all());
        if (Boolean.getBoolean("poolspec.printRuleTable")) {
            System.out.println(table);
        }
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(table);
    }
}
