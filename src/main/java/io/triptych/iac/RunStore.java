package io.triptych.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs on disk: {@code runs/<env>/<yyyyMMdd-HHmmss>-<tool>-<action>/} holding {@code request.json},
 * {@code output.log} (masked, written as it comes) and {@code outcome.json}; plus one line per run in
 * {@code audit.log}. Everything here has been masked before it arrives.
 */
public final class RunStore {
    public static final String REQUEST = "request.json";
    public static final String LOG = "output.log";
    public static final String OUTCOME = "outcome.json";
    /** A CI run's pipeline ({@link PipelineLink}); absent for a local run, and in folders from before CI runs. */
    public static final String PIPELINE = "pipeline.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final IacPaths paths;

    public RunStore(IacPaths paths) {
        this.paths = paths;
    }

    /** A fresh folder for a run, with its request written. */
    public Path create(RunRecord draft) throws IOException {
        Path envDir = paths.runsDir().resolve(draft.environmentId());
        String base = STAMP.format(draft.startedAt()) + "-" + draft.tool().code() + "-" + draft.action().code();
        Path folder = envDir.resolve(base);
        for (int i = 2; Files.exists(folder); i++) {
            folder = envDir.resolve(base + "-" + i);
        }
        Files.createDirectories(folder);
        ObjectNode r = JSON.createObjectNode();
        r.put("environment", draft.environmentId());
        r.put("tool", draft.tool().code());
        r.put("action", draft.action().code());
        r.put("command", draft.commandLine());
        r.put("user", draft.user());
        r.put("startedAt", draft.startedAt().toString());
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(REQUEST).toFile(), r);
        return folder;
    }

    public void finish(Path folder, RunOutcome o) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("status", o.status().code());
        n.put("exitCode", o.exitCode());
        n.put("startedAt", o.startedAt().toString());
        n.put("endedAt", o.endedAt().toString());
        n.put("summary", o.summary());
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(OUTCOME).toFile(), n);
    }

    /** Records, in a CI run's folder, which pipeline and job it is (written as soon as GitLab names them). */
    public static void link(Path folder, PipelineLink link) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", PipelineLink.KIND);
        n.put("project", link.project());
        n.put("pipeline", link.pipelineId());
        n.put("url", link.url());
        n.put("job", link.job());
        n.put("jobUrl", link.jobUrl());
        Path tmp = folder.resolve(PIPELINE + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), n);
        Files.move(tmp, folder.resolve(PIPELINE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The pipeline of a CI run's folder; empty for a local run (or an unreadable file). */
    public static Optional<PipelineLink> pipeline(Path folder) {
        Path f = folder.resolve(PIPELINE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(f.toFile());
            return Optional.of(new PipelineLink(n.path("project").asText(), n.path("pipeline").asLong(),
                    n.path("url").asText(""), n.path("job").asText(""), n.path("jobUrl").asText("")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Appends one audit line: time, OS user, host, environment, command, exit, outcome. */
    public void audit(RunRecord run, RunOutcome o) throws IOException {
        Files.createDirectories(paths.dataDir());
        String line = o.endedAt() + " user=" + Who.user() + " host=" + Who.host() + " env=" + run.environmentId()
                + " command=\"" + run.commandLine().replace("\"", "'") + "\" exit=" + o.exitCode()
                + " outcome=" + o.status().code() + System.lineSeparator();
        Files.writeString(paths.auditLog(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** The environment's runs, newest first. A folder that cannot be read is left out. */
    public List<RunRecord> history(String environmentId) {
        Path envDir = paths.runsDir().resolve(environmentId);
        List<RunRecord> out = new ArrayList<>();
        if (!Files.isDirectory(envDir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(envDir)) {
            s.forEach(f -> read(f).ifPresent(out::add));
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(RunRecord::startedAt).thenComparing(r -> r.folder().toString()).reversed());
        return out;
    }

    /**
     * A run by its id (its folder's name, like {@code 20261202-091500-terraform-plan}), in whichever
     * environment it ran: the caller checks it is the one it expects. Empty for an unknown or malformed id.
     */
    public Optional<RunRecord> find(String runId) {
        if (!runId.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || !Files.isDirectory(paths.runsDir())) {
            return Optional.empty();
        }
        try (Stream<Path> envs = Files.list(paths.runsDir())) {
            return envs.map(e -> e.resolve(runId)).filter(Files::isDirectory).findFirst().flatMap(RunStore::read);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The last run of a tool in an environment, for "what last ran on pre-production". */
    public Optional<RunRecord> last(String environmentId, Tool tool, boolean changingOnly) {
        return history(environmentId).stream()
                .filter(r -> r.tool() == tool && (!changingOnly || r.action().changes())).findFirst();
    }

    private static Optional<RunRecord> read(Path folder) {
        try {
            JsonNode r = JSON.readTree(folder.resolve(REQUEST).toFile());
            Optional<RunOutcome> outcome = Optional.empty();
            Path of = folder.resolve(OUTCOME);
            if (Files.exists(of)) {
                JsonNode o = JSON.readTree(of.toFile());
                outcome = Optional.of(new RunOutcome(RunOutcome.Status.valueOf(o.path("status").asText().toUpperCase(
                        java.util.Locale.ROOT)), o.path("exitCode").asInt(), Instant.parse(o.path("startedAt").asText()),
                        Instant.parse(o.path("endedAt").asText()), o.path("summary").asText("")));
            }
            return Optional.of(new RunRecord(folder, r.path("environment").asText(),
                    Tool.valueOf(r.path("tool").asText().toUpperCase(java.util.Locale.ROOT)),
                    RunAction.valueOf(r.path("action").asText().toUpperCase(java.util.Locale.ROOT)),
                    r.path("command").asText(), r.path("user").asText(), Instant.parse(r.path("startedAt").asText()),
                    outcome, pipeline(folder)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
