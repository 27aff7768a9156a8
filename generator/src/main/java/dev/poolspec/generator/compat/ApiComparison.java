package dev.poolspec.generator.compat;

import dev.poolspec.generator.read.Documents;
import dev.poolspec.generator.read.PathTemplates;
import dev.poolspec.generator.read.ReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compares two specs at the level of paths and operations, and hands each pair of matching operations to an
 * {@link OperationComparison}. Operations match by method and path template with parameter names blanked.
 */
public final class ApiComparison {
    private final ApiSpec base;
    private final ApiSpec revision;
    private final Consumer<Change> sink;

    public ApiComparison(Documents base, Documents revision, Consumer<Change> sink) {
        this.base = new ApiSpec(base);
        this.revision = new ApiSpec(revision);
        this.sink = sink;
    }

    /** Reports every change to the sink; a reference that cannot be followed is a {@link ReadException}. */
    public void compare() throws ReadException {
        Map<String, ApiSpec.Operation> baseOperations = base.operations();
        Map<String, ApiSpec.Operation> revisionOperations = revision.operations();
        Map<String, String> basePaths = base.paths();
        Map<String, String> revisionPaths = revision.paths();
        SchemaComparison schemas = new SchemaComparison(base.documents(), revision.documents(), sink);
        for (Map.Entry<String, String> path : basePaths.entrySet()) {
            if (!revisionPaths.containsKey(path.getKey())) {
                pathRemoved(path.getValue(), baseOperations);
            }
        }
        for (Map.Entry<String, String> path : revisionPaths.entrySet()) {
            if (!basePaths.containsKey(path.getKey())) {
                String template = template(path.getValue());
                new Reporter(template, sink)
                        .report(ApiRules.PATH_ADDED, null, path.getValue(), "The path " + template + " was added.");
            }
        }
        for (Map.Entry<String, ApiSpec.Operation> entry : baseOperations.entrySet()) {
            ApiSpec.Operation before = entry.getValue();
            ApiSpec.Operation after = revisionOperations.get(entry.getKey());
            if (after != null) {
                new OperationComparison(base, revision, before, after, new Reporter(after.label(), sink), schemas)
                        .compare();
            } else if (revisionPaths.containsKey(PathTemplates.shape(before.path()))) {
                operationRemoved(before);
            }
        }
        for (Map.Entry<String, ApiSpec.Operation> entry : revisionOperations.entrySet()) {
            ApiSpec.Operation after = entry.getValue();
            if (!baseOperations.containsKey(entry.getKey())
                    && basePaths.containsKey(PathTemplates.shape(after.path()))) {
                new Reporter(after.label(), sink)
                        .report(
                                ApiRules.OPERATION_ADDED,
                                null,
                                after.location(),
                                "The operation " + after.label() + " was added.");
            }
        }
        new SecuritySchemeComparison(base, revision, baseOperations.values(), new Reporter("", sink)).compare();
    }

    /** A whole path is gone: an error unless every operation on it was deprecated first. */
    private void pathRemoved(String location, Map<String, ApiSpec.Operation> baseOperations) {
        String template = template(location);
        List<ApiSpec.Operation> operations = new ArrayList<>();
        for (ApiSpec.Operation operation : baseOperations.values()) {
            if (operation.path().equals(template)) {
                operations.add(operation);
            }
        }
        if (!operations.isEmpty() && operations.stream().allMatch(this::deprecated)) {
            operations.forEach(this::operationRemoved);
            return;
        }
        List<String> methods =
                operations.stream().map(ApiSpec.Operation::method).toList();
        new Reporter(template, sink)
                .report(
                        ApiRules.PATH_REMOVED,
                        location,
                        null,
                        "The path " + template + " was removed, with its operations " + methods + ".");
    }

    private void operationRemoved(ApiSpec.Operation operation) {
        boolean deprecated = deprecated(operation);
        new Reporter(operation.label(), sink)
                .report(
                        deprecated ? ApiRules.DEPRECATED_OPERATION_REMOVED : ApiRules.OPERATION_REMOVED,
                        operation.location(),
                        null,
                        "The operation " + operation.label() + " was removed"
                                + (deprecated ? " after being deprecated." : " without being deprecated first."));
    }

    private boolean deprecated(ApiSpec.Operation operation) {
        return base.node(operation.location()).path("deprecated").asBoolean(false);
    }

    /** The path template of a {@code #/paths/<escaped>} location. */
    private static String template(String location) {
        String token = location.substring(location.lastIndexOf('/') + 1);
        return token.replace("~1", "/").replace("~0", "~");
    }
}
