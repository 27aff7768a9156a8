package dev.poolspec.generator.compat;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The breaking-change gate: compares the current spec with a baseline (the released one), writes the reports
 * ({@code compat.md}, {@code compat.json}, {@code compat-junit.xml}, {@code changelog.md}) and fails the build when
 * a change that is not ignored reaches {@link #failOn}.
 *
 * @since 1.1.0
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CompatMojo extends AbstractCompatMojo {

    /**
     * The lowest level that fails the build: {@code ERR} (breaking changes), {@code WARN} (also changes that may
     * break some clients) or {@code NEVER} (report only).
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.failOn", defaultValue = "ERR")
    private FailOn failOn;

    /**
     * Accepted changes: {@code ignore: [{id, pointer, reason, expires?}]}. Optional; a missing file ignores
     * nothing.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.ignoreFile", defaultValue = "${project.basedir}/compat-ignore.yaml")
    private File ignoreFile;

    /**
     * Whether ignore entries that match no change (stale) or have expired fail the build; otherwise they are
     * logged as warnings.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.failOnStaleIgnores", defaultValue = "false")
    private boolean failOnStaleIgnores;

    /**
     * Skips the gate.
     *
     * @since 1.1.0
     */
    @Parameter(property = "poolspec.compat.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the compatibility gate (poolspec.compat.skip).");
            return;
        }
        List<IgnoreEntry> entries;
        try {
            Set<String> ids = RuleBook.all().stream().map(Rule::id).collect(Collectors.toSet());
            entries = IgnoreFile.read(ignoreFile == null ? null : ignoreFile.toPath(), ids);
        } catch (IgnoreFileException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        CompatReport report = compare().withIgnores(entries, LocalDate.now());
        write("compat.md", MarkdownReport.render(report));
        write("compat.json", JsonReport.render(report));
        write("compat-junit.xml", JunitReport.render(report, failOn));
        write("changelog.md", Changelog.render(report));
        List<Change> failures = report.failures(failOn);
        List<String> lines = LogSummary.lines(report);
        getLog().info(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("ERR ") && failOn != FailOn.NEVER) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        for (IgnoreEntry entry : report.staleIgnores()) {
            getLog().warn("Stale ignore " + entry.describe() + " in " + ignoreFile + ": it matches no change.");
        }
        for (IgnoreEntry entry : report.expiredIgnores()) {
            getLog().warn("Expired ignore " + entry.describe() + " in " + ignoreFile + ": expired on " + entry.expires()
                    + ", it ignores nothing.");
        }
        getLog().info("Compatibility reports in " + outputDirectory);
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder()
                    .append(failures.size())
                    .append(failures.size() == 1 ? " change breaks" : " changes break")
                    .append(" compatibility (failOn ")
                    .append(failOn)
                    .append("; accept one with an entry in ")
                    .append(ignoreFile)
                    .append("):");
            failures.forEach(
                    c -> message.append(System.lineSeparator()).append("  ").append(LogSummary.line(c)));
            throw new MojoFailureException(message.toString());
        }
        int staleOrExpired =
                report.staleIgnores().size() + report.expiredIgnores().size();
        if (failOnStaleIgnores && staleOrExpired > 0) {
            throw new MojoFailureException(staleOrExpired + " stale or expired ignore entries in " + ignoreFile
                    + " (failOnStaleIgnores): remove or renew them.");
        }
    }
}
