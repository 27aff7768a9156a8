package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatusFilterTest {

    @Test
    void everyPhaseOfTheSpecBelongsToExactlyOneFilterValue() {
        JsonNode phases = SpecResource.spec().at("/components/schemas/PoolStatus/properties/phase/enum");
        List<String> all = new ArrayList<>();
        phases.forEach(p -> all.add(p.asString()));
        assertThat(all).hasSize(8);
        for (String phase : all) {
            long owners = java.util.Arrays.stream(StatusFilter.values())
                    .filter(f -> f.matches(phase))
                    .count();
            assertThat(owners).as(phase).isEqualTo(1);
        }
        Set<String> covered = new HashSet<>();
        for (StatusFilter f : StatusFilter.values()) {
            covered.addAll(f.phases());
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void filterValuesAreTheSpecsEnum() {
        JsonNode params = SpecResource.spec().at("/paths/~1v2~1{project_id}~1pools/get/parameters");
        List<String> values = new ArrayList<>();
        params.forEach(p -> {
            if ("status".equals(p.path("name").asString())) {
                p.at("/schema/enum").forEach(v -> values.add(v.asString()));
            }
        });
        assertThat(values).containsExactly("created", "creating", "failed");
        values.forEach(v -> assertThat(StatusFilter.of(v)).isNotNull());
        assertThat(StatusFilter.of("running")).isNull();
    }

    @Test
    void noPhaseCountsAsCreating() {
        assertThat(StatusFilter.CREATING.matches(null)).isTrue();
        assertThat(StatusFilter.CREATED.matches(null)).isFalse();
        assertThat(StatusFilter.FAILED.matches(null)).isFalse();
        assertThat(StatusFilter.CREATED.matches("Deleting")).isTrue();
        assertThat(StatusFilter.FAILED.matches("Error")).isTrue();
    }
}
