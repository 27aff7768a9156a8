package dev.poolspec.client;

import dev.poolspec.client.invoker.ApiClient;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolUpdate;
import dev.poolspec.spec.testsupport.SpecExamples;
import tools.jackson.databind.ObjectMapper;

/** Valid request bodies, taken from the spec's examples. */
final class PoolsClientRequests {

    private static final ObjectMapper MAPPER = ApiClient.createDefaultObjectMapper();

    private PoolsClientRequests() {}

    static PoolCreation creation() {
        return MAPPER.treeToValue(SpecExamples.example("createPhysicalPool"), PoolCreation.class);
    }

    static PoolUpdate scale() {
        return MAPPER.treeToValue(SpecExamples.example("scalePool"), PoolUpdate.class);
    }
}
