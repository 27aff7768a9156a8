package dev.poolspec.generator.compat;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reports security schemes removed from the components while the base used them. */
final class SecuritySchemeComparison {
    private final ApiSpec base;
    private final ApiSpec revision;
    private final Collection<ApiSpec.Operation> baseOperations;
    private final Reporter reporter;

    SecuritySchemeComparison(
            ApiSpec base, ApiSpec revision, Collection<ApiSpec.Operation> baseOperations, Reporter reporter) {
        this.base = base;
        this.revision = revision;
        this.baseOperations = baseOperations;
        this.reporter = reporter;
    }

    void compare() {
        Set<String> used = new TreeSet<>();
        SecurityComparison.requirements(base, "#/security").forEach(r -> used.addAll(r.names()));
        for (ApiSpec.Operation operation : baseOperations) {
            SecurityComparison.requirements(base, SecurityComparison.effective(base, operation))
                    .forEach(r -> used.addAll(r.names()));
        }
        Map<String, String> now = revision.members("#/components/securitySchemes");
        for (Map.Entry<String, String> scheme :
                base.members("#/components/securitySchemes").entrySet()) {
            if (!now.containsKey(scheme.getKey()) && used.contains(scheme.getKey())) {
                reporter.report(
                        ApiRules.SECURITY_SCHEME_REMOVED,
                        scheme.getValue(),
                        null,
                        "The security scheme " + scheme.getKey() + ", which the base used, was removed (now "
                                + now.keySet() + ").");
            }
        }
    }
}
