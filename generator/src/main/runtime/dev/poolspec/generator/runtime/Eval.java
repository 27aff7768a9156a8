package dev.poolspec.generator.runtime;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The members and items of one instance that a schema has evaluated so far, which {@code unevaluatedProperties}
 * and {@code unevaluatedItems} need (JSON Schema 2020-12 §11). Only schemas that use those keywords create one, so
 * validation without them allocates nothing. A subschema whose outcome may legitimately fail ({@code anyOf},
 * {@code oneOf}, {@code if}) records into a fresh one that is merged only when it passes: annotations of failed
 * subschemas are dropped.
 */
final class Eval {
    private Set<String> properties;
    private boolean allProperties;
    private int prefix;
    private boolean allItems;
    private BitSet items;

    void property(String name) {
        if (!allProperties) {
            if (properties == null) {
                properties = new HashSet<>();
            }
            properties.add(name);
        }
    }

    void allProperties() {
        allProperties = true;
        properties = null;
    }

    boolean hasProperty(String name) {
        return allProperties || (properties != null && properties.contains(name));
    }

    void items(int count) {
        prefix = Math.max(prefix, count);
    }

    void item(int index) {
        if (items == null) {
            items = new BitSet();
        }
        items.set(index);
    }

    void allItems() {
        allItems = true;
    }

    boolean hasItem(int index) {
        return allItems || index < prefix || (items != null && items.get(index));
    }

    void merge(Eval other) {
        if (other == null) {
            return;
        }
        if (other.allProperties) {
            allProperties();
        } else if (other.properties != null) {
            other.properties.forEach(this::property);
        }
        allItems |= other.allItems;
        prefix = Math.max(prefix, other.prefix);
        if (other.items != null) {
            if (items == null) {
                items = new BitSet();
            }
            items.or(other.items);
        }
    }
}
