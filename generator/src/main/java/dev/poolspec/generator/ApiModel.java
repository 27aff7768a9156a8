package dev.poolspec.generator;

import java.util.List;

/** Everything the writer needs: the spec's name and version, the component validators and the operations. */
public record ApiModel(String specFileName, String specVersion, List<ValidatorClass> schemas,
        List<OperationModel> operations) {
    public ApiModel {
        schemas = List.copyOf(schemas);
        operations = List.copyOf(operations);
    }
}
