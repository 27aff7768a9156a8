package dev.poolspec.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.compat.Change;
import dev.poolspec.generator.compat.CompatReport;
import dev.poolspec.generator.compat.Compatibility;
import dev.poolspec.generator.compat.Level;
import dev.poolspec.generator.compat.Rule;
import dev.poolspec.generator.compat.RuleBook;
import dev.poolspec.generator.read.Documents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * The breaking-change gate side by side with openapi-diff (the Java library) on the gate's own fixture pairs:
 * {@code <fixtures>/api/<rule-id>/{base,revision}.yaml} (spec-level rules) and
 * {@code <fixtures>/schemas/<rule-id>/{base,revision}.yaml} (schema rules).
 *
 * <p>A schema fixture has {@code paths: {}} and compares {@code #/components/schemas/S} directly; neither tool
 * compares schemas that no operation uses, so each side of a schema pair is written to a temp file with one
 * operation added, {@code POST /fixture}, that uses {@code S} where the rule's direction says: the required JSON
 * request body ({@code request-*}) or the JSON body of response 200 ({@code response-*}). Nothing else changes.
 *
 * <p>Our verdict: breaking if any change is ERR, compatible (with changes) if any change, else unchanged.
 * openapi-diff's: incompatible, compatible (COMPATIBLE or METADATA), unchanged, or error (it threw). Output:
 * a Markdown table ({@code compat-peer.md}) and a summary on standard output.
 *
 * <p>Usage: {@code PeerVerdicts <fixtures-dir> [<out.md>] [--verbose]}; {@code --verbose} prints openapi-diff's
 * console report of every pair whose verdicts differ.
 */
public final class PeerVerdicts {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One pair's outcome. */
    record Row(
            String family,
            String pair,
            String ruleFamily,
            String dialect,
            String ours,
            Level ourMax,
            Set<String> ourRules,
            boolean expectedRuleFound,
            String theirs,
            String theirDetail,
            String theirsAs30,
            String note) {
        /** Same verdict: breaking = incompatible, compatible = compatible, unchanged = unchanged. */
        boolean agree() {
            return ours.equals(theirs.equals("incompatible") ? "breaking" : theirs);
        }

        /** Same answer to "does it break clients?" (WARN and INFO both count as not breaking). */
        boolean agreeOnBreaking() {
            return !theirs.equals("error") && ours.equals("breaking") == theirs.equals("incompatible");
        }
    }

    private PeerVerdicts() {}

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        boolean verbose = false;
        for (String arg : args) {
            if (arg.equals("--verbose")) {
                verbose = true;
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty() || positional.size() > 2) {
            System.err.println("usage: PeerVerdicts <fixtures-dir: generator/src/test/resources/compat> [<out.md>]"
                    + " [--verbose]");
            System.exit(2);
        }
        Path fixtures = Path.of(positional.get(0));
        Path out = positional.size() == 2 ? Path.of(positional.get(1)) : Path.of("benchmarks/target/compat-peer.md");
        Path work = Files.createTempDirectory("compat-peer");
        List<Row> rows = new ArrayList<>();
        for (String family : List.of("api", "schemas")) {
            List<Path> dirs;
            try (Stream<Path> list = Files.list(fixtures.resolve(family))) {
                dirs = list.filter(Files::isDirectory).sorted().toList();
            }
            for (Path dir : dirs) {
                rows.add(run(family, dir, work, verbose));
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown(rows, fixtures));
        System.out.print(summary(rows));
        System.out.println("table: " + out.toAbsolutePath());
    }

    private static Row run(String family, Path dir, Path work, boolean verbose) throws IOException {
        String id = dir.getFileName().toString();
        Path base = dir.resolve("base.yaml");
        Path revision = dir.resolve("revision.yaml");
        String dialect = dialect(base) + (dialect(base).equals(dialect(revision)) ? "" : "→" + dialect(revision));
        if (family.equals("schemas")) {
            Path pairDir = Files.createDirectories(work.resolve(id));
            boolean request = id.startsWith("request-");
            base = wrap(base, pairDir.resolve("base.json"), request);
            revision = wrap(revision, pairDir.resolve("revision.json"), request);
        }
        String ruleFamily = RuleBook.byId(id).map(Rule::family).orElse("?");

        String ours;
        Level max = null;
        Set<String> rules = new LinkedHashSet<>();
        boolean found = false;
        try {
            CompatReport report = Compatibility.compare(base, revision, Map.of());
            for (Change change : report.changes()) {
                rules.add(change.ruleId());
                if (max == null || change.level().ordinal() < max.ordinal()) {
                    max = change.level();
                }
            }
            found = rules.contains(id);
            ours = max == null ? "unchanged" : max == Level.ERR ? "breaking" : "compatible";
        } catch (InvalidSpecException | RuntimeException e) {
            ours = "error";
            rules.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        String theirs;
        String detail;
        String note = "";
        try {
            ChangedOpenApi diff = OpenApiCompare.fromLocations(
                    base.toAbsolutePath().toString(), revision.toAbsolutePath().toString());
            theirs = diff.isIncompatible() ? "incompatible" : diff.isUnchanged() ? "unchanged" : "compatible";
            detail = diff.isChanged() + ": +" + diff.getNewEndpoints().size() + " −"
                    + diff.getMissingEndpoints().size() + " ~"
                    + diff.getChangedOperations().size();
            if (!dialect.equals("3.0") && diff.isUnchanged() && max != null) {
                note = "3.1 change not seen";
            }
            if (verbose && !ours.equals(theirs.equals("incompatible") ? "breaking" : theirs)) {
                System.out.println(
                        "==== " + family + "/" + id + ": ours " + ours + " " + rules + ", openapi-diff " + theirs);
                System.out.println(console(diff));
            }
        } catch (RuntimeException | StackOverflowError e) {
            theirs = "error";
            detail = e.getClass().getSimpleName();
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            note = message.length() > 120 ? message.substring(0, 117) + "..." : message;
        }
        String as30 = "";
        if (dialect.contains("3.1")) {
            // The same pair with only its version line set to 3.0.3: tells "reads 3.1 wrongly" from "does not check".
            Path relabelled = Files.createDirectories(
                    work.resolve("as-3.0").resolve(family).resolve(id));
            as30 = verdict(
                    relabel(base, relabelled.resolve("base.yaml")),
                    relabel(revision, relabelled.resolve("revision.yaml")));
        }
        return new Row(family, id, ruleFamily, dialect, ours, max, rules, found, theirs, detail, as30, note);
    }

    private static String verdict(Path base, Path revision) {
        try {
            ChangedOpenApi diff = OpenApiCompare.fromLocations(
                    base.toAbsolutePath().toString(), revision.toAbsolutePath().toString());
            return diff.isIncompatible() ? "incompatible" : diff.isUnchanged() ? "unchanged" : "compatible";
        } catch (RuntimeException | StackOverflowError e) {
            return "error";
        }
    }

    private static Path relabel(Path spec, Path target) throws IOException {
        String text = Files.readString(spec)
                .replaceFirst("(?m)^openapi: *['\"]?3\\.1\\.\\d+['\"]?", "openapi: 3.0.3")
                .replaceFirst("\"openapi\" *: *\"3\\.1\\.\\d+\"", "\"openapi\" : \"3.0.3\"");
        return Files.writeString(target, text);
    }

    /** Order of {@link Level}: ERR, WARN, INFO (ordinal 0 is the most severe) – checked here once. */
    static {
        if (Level.values()[0] != Level.ERR) {
            throw new IllegalStateException("Level order changed: " + List.of(Level.values()));
        }
    }

    private static String dialect(Path spec) throws IOException {
        for (String line : Files.readAllLines(spec)) {
            if (line.startsWith("openapi:")) {
                String version = line.substring("openapi:".length())
                        .trim()
                        .replace("'", "")
                        .replace("\"", "");
                return version.startsWith("3.0") ? "3.0" : version.startsWith("3.1") ? "3.1" : version;
            }
        }
        return "?";
    }

    /** The schema fixture with {@code POST /fixture} using {@code #/components/schemas/S} (JSON, which is YAML). */
    private static Path wrap(Path fixture, Path target, boolean request) throws IOException {
        ObjectNode root;
        try {
            root = (ObjectNode) Documents.parse(fixture.toString(), Files.readString(fixture));
        } catch (Exception e) {
            throw new IOException(fixture + ": " + e.getMessage(), e);
        }
        ObjectNode ref = JSON.createObjectNode().put("$ref", "#/components/schemas/S");
        ObjectNode json = JSON.createObjectNode();
        json.putObject("application/json").set("schema", ref);
        ObjectNode post = JSON.createObjectNode();
        post.put("operationId", "fixture");
        ObjectNode ok = JSON.createObjectNode().put("description", "ok");
        if (request) {
            ObjectNode body = post.putObject("requestBody");
            body.put("required", true);
            body.set("content", json);
        } else {
            ok.set("content", json);
        }
        post.putObject("responses").set("200", ok);
        ObjectNode paths = JSON.createObjectNode();
        paths.putObject("/fixture").set("post", post);
        root.set("paths", paths);
        JSON.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), root);
        return target;
    }

    private static String console(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (IOException | RuntimeException e) {
            return "(openapi-diff's console render failed: " + e + ")";
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String markdown(List<Row> rows, Path fixtures) {
        StringBuilder md = new StringBuilder();
        md.append("# Breaking-change gate vs openapi-diff 2.1.5\n\n");
        md.append("Fixtures: `")
                .append(fixtures)
                .append("` (schema pairs wrapped in `POST /fixture`, see PeerVerdicts). ");
        md.append("Ours: breaking (any ERR) / compatible (WARN or INFO only) / unchanged. openapi-diff: incompatible ")
                .append(
                        "/ compatible (COMPATIBLE or METADATA) / unchanged / error. Detail: openapi-diff's DiffResult, ")
                .append("+new −missing ~changed endpoints. \"breaking?\" compares only breaking vs not.\n\n");
        md.append(summaryMarkdown(rows)).append('\n');
        md.append(
                        "| family | pair | rule family | dialect | ours | our max level and rule ids | openapi-diff | detail ")
                .append("| agree? | breaking? | openapi-diff, the pair relabelled 3.0.3 | note |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ")
                    .append(row.family())
                    .append(" | `")
                    .append(row.pair())
                    .append('`')
                    .append(" | ")
                    .append(row.ruleFamily())
                    .append(" | ")
                    .append(row.dialect())
                    .append(" | ")
                    .append(row.ours())
                    .append(" | ")
                    .append(row.ourMax() == null ? "–" : row.ourMax().name())
                    .append(row.ourRules().isEmpty() ? "" : " " + String.join(", ", row.ourRules()))
                    .append(row.expectedRuleFound() ? "" : " (rule of the fixture not found)")
                    .append(" | ")
                    .append(row.theirs())
                    .append(" | ")
                    .append(row.theirDetail())
                    .append(" | ")
                    .append(row.agree() ? "yes" : "**no**")
                    .append(" | ")
                    .append(row.agreeOnBreaking() ? "yes" : "**no**")
                    .append(" | ")
                    .append(row.theirsAs30())
                    .append(" | ")
                    .append(row.note().replace("|", "\\|"))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String summaryMarkdown(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| family | pairs | agree | disagree | agree on breaking? | openapi-diff errors | ours ")
                .append("breaking / compatible / unchanged | openapi-diff incompatible / compatible / unchanged |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.family() + " / " + row.ruleFamily(), k -> new ArrayList<>())
                    .add(row);
        }
        for (Row row : rows) {
            groups.computeIfAbsent("dialect " + row.dialect(), k -> new ArrayList<>())
                    .add(row);
        }
        groups.put("**all**", rows);
        groups.forEach((name, group) -> md.append("| ")
                .append(name)
                .append(" | ")
                .append(group.size())
                .append(" | ")
                .append(count(group, Row::agree))
                .append(" | ")
                .append(group.size() - count(group, Row::agree))
                .append(" | ")
                .append(count(group, Row::agreeOnBreaking))
                .append(" | ")
                .append(count(group, r -> r.theirs().equals("error")))
                .append(" | ")
                .append(count(group, r -> r.ours().equals("breaking")))
                .append(" / ")
                .append(count(group, r -> r.ours().equals("compatible")))
                .append(" / ")
                .append(count(group, r -> r.ours().equals("unchanged")))
                .append(" | ")
                .append(count(group, r -> r.theirs().equals("incompatible")))
                .append(" / ")
                .append(count(group, r -> r.theirs().equals("compatible")))
                .append(" / ")
                .append(count(group, r -> r.theirs().equals("unchanged")))
                .append(" |\n"));
        return md.toString();
    }

    private static String summary(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(summaryMarkdown(rows)).append('\n');
        Map<String, Long> pairs = rows.stream()
                .filter(r -> !r.agree())
                .collect(Collectors.groupingBy(
                        r -> r.ours() + " vs " + r.theirs(), TreeMap::new, Collectors.counting()));
        out.append("disagreements (ours vs openapi-diff): ").append(pairs).append('\n');
        out.append("openapi-diff errors: ")
                .append(count(rows, r -> r.theirs().equals("error")))
                .append(", 3.1 changes openapi-diff did not see: ")
                .append(count(rows, r -> r.note().equals("3.1 change not seen")))
                .append(", 3.1 pairs whose openapi-diff verdict changes when relabelled 3.0.3: ")
                .append(count(
                        rows, r -> !r.theirsAs30().isEmpty() && !r.theirsAs30().equals(r.theirs())))
                .append(" (then agreeing with ours: ")
                .append(count(
                        rows,
                        r -> !r.theirsAs30().isEmpty()
                                && !r.theirsAs30().equals(r.theirs())
                                && r.ours()
                                        .equals(r.theirsAs30().equals("incompatible") ? "breaking" : r.theirsAs30())))
                .append(")")
                .append(", fixtures whose own rule we did not find: ")
                .append(rows.stream()
                        .filter(r -> !r.expectedRuleFound())
                        .map(Row::pair)
                        .toList())
                .append('\n');
        return out.toString();
    }

    private static int count(List<Row> rows, java.util.function.Predicate<Row> test) {
        return (int) rows.stream().filter(test).count();
    }
}
