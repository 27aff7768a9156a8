package dev.poolspec.generator.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the writer needs: the spec's name and version, the validator classes (component schemas first, then
 * the classes of referenced locations), the operations, and what the generated methods must carry: a dynamic
 * scope ({@code $dynamicRef} in use; {@code dynamicTargets} maps each dynamic anchor name to resource → method)
 * and records of evaluated members ({@code unevaluated*} in use).
 */
public record ApiModel(
        String specFileName,
        String specVersion,
        List<ValidatorClass> schemas,
        List<OperationModel> operations,
        boolean dynamicScope,
        boolean tracksEvaluation,
        Map<String, Map<Integer, Target>> dynamicTargets) {
    public ApiModel {
        schemas = List.copyOf(schemas);
        operations = List.copyOf(operations);
        dynamicTargets = Map.copyOf(dynamicTargets);
    }

    /** Whether generated check methods take the scope and evaluation parameters. */
    public boolean extendedSignature() {
        return dynamicScope || tracksEvaluation;
    }
}
