package dev.poolspec.generator.compat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rule the gate knows: the spec-level rules, then the schema rules. */
public final class RuleBook {
    private RuleBook() {}

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(ApiRules.all());
        rules.addAll(SchemaRules.all());
        return Collections.unmodifiableList(rules);
    }

    /** The rule with an id, if there is one. */
    public static Optional<Rule> byId(String id) {
        Map<String, Rule> rules = all().stream().collect(Collectors.toMap(Rule::id, Function.identity(), (a, b) -> a));
        return Optional.ofNullable(rules.get(id));
    }
}
