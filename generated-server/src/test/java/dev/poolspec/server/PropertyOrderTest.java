package dev.poolspec.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.server.model.PoolList;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pitfall for providers that build their own Jackson 3 mapper: Jackson 3 sorts properties alphabetically by
 * default and the generated models have no @JsonPropertyOrder. Same JSON value, different text order. Spring
 * Boot 4.1's mapper behaves the same (ProviderIT).
 */
class PropertyOrderTest {

    private static final JsonMapper READER = JsonMapper.builder().build();

    /** The keys of the first pool's status in the order {@code mapper} writes the documented list. */
    private static List<String> statusKeysWrittenBy(JsonMapper mapper) {
        PoolList list = mapper.treeToValue(SpecExamples.example("poolList"), PoolList.class);
        JsonNode written = READER.readTree(mapper.writeValueAsString(list));
        assertThat(written).isEqualTo(SpecExamples.example("poolList"));
        return new ArrayList<>(written.get("items").get(0).get("status").propertyNames());
    }

    @Test
    void aBareJackson3MapperSortsAlphabetically() {
        // PoolStatus has no required properties, hence no creator, so everything is sorted. (Schemas with required
        // properties get a required-args constructor, which Jackson 3 detects as creator because the build compiles
        // with -parameters; creator properties come first, in the spec's order, the rest alphabetically.)
        assertThat(SpecExamples.declaredProperties("PoolStatus"))
                .containsSubsequence("phase", "resources", "scope", "root");
        assertThat(statusKeysWrittenBy(JsonMapper.builder().build()))
                .containsExactly("phase", "resources", "root", "scope");
    }

    @Test
    void withoutSortingTheSpecsOrderIsKept() {
        JsonMapper unsorted = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
        assertThat(statusKeysWrittenBy(unsorted)).containsExactly("phase", "resources", "scope", "root");
    }
}
