package dev.poolspec.generator.compat;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code changelog.md}: release notes of every change from the baseline spec to the current one, grouped by
 * operation. Changes never fail this goal (only specs that cannot be read do).
 *
 * @since 1.1.0
 */
@Mojo(name = "changelog", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ChangelogMojo extends AbstractCompatMojo {

    /**
     * Skips the changelog.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.changelog.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the changelog (poolspec.changelog.skip).");
            return;
        }
        CompatReport report = compare();
        getLog().info("Wrote the changelog " + write("changelog.md", Changelog.render(report)) + " ("
                + report.changes().size() + " changes)");
    }
}
