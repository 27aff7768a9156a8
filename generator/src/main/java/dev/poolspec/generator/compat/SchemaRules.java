package dev.poolspec.generator.compat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rules of the schema comparison: one per kind of change and direction it is reported in. */
public final class SchemaRules {
    private static final Map<Direction, Map<SchemaChangeKind, Rule>> RULES = build();

    private SchemaRules() {}

    /** Every schema rule, requests first, in the order of {@link SchemaChangeKind}. */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        RULES.values().forEach(rules -> all.addAll(rules.values()));
        return Collections.unmodifiableList(all);
    }

    /** The rule of a kind in a direction (REQUEST or RESPONSE); null when the kind is not reported there. */
    static Rule rule(SchemaChangeKind kind, Direction direction) {
        return RULES.getOrDefault(direction, Map.of()).get(kind);
    }

    private static Map<Direction, Map<SchemaChangeKind, Rule>> build() {
        Map<Direction, Map<SchemaChangeKind, Rule>> rules = new EnumMap<>(Direction.class);
        for (Direction direction : List.of(Direction.REQUEST, Direction.RESPONSE)) {
            Map<SchemaChangeKind, Rule> byKind = new EnumMap<>(SchemaChangeKind.class);
            for (SchemaChangeKind kind : SchemaChangeKind.values()) {
                Level level = kind.level(direction);
                if (level != null) {
                    byKind.put(
                            kind,
                            new Rule(
                                    direction.label() + "-" + kind.what(),
                                    level,
                                    direction,
                                    kind.family(),
                                    kind.summary,
                                    kind.before,
                                    kind.after));
                }
            }
            rules.put(direction, Collections.unmodifiableMap(byKind));
        }
        return Collections.unmodifiableMap(rules);
    }
}
