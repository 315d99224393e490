package io.triptych.iac;

import io.triptych.state.WriteFailures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.domain.DriftCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The last drift check of each environment, kept in {@code drift.json} so it survives a restart, and
 * observable: the column header and the triage rules listen. Listeners are called on the thread that
 * records (a worker): hop to the FX thread before touching a view.
 */
public final class DriftStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Map<String, DriftCheck> latest = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, DriftCheck>> listeners = new CopyOnWriteArrayList<>();

    private volatile WriteFailures failures = WriteFailures.STDERR;

    public DriftStore(Path file) {
        this.file = file;
        load();
    }

    /** Where a failed save is reported (standard error until the window passes its state log). */
    public void failuresTo(WriteFailures failures) {
        this.failures = failures;
    }

    public Optional<DriftCheck> latest(String environmentId) {
        return Optional.ofNullable(latest.get(environmentId));
    }

    /** Called with (environment id, check) after each new check. */
    public void addListener(BiConsumer<String, DriftCheck> listener) {
        listeners.add(listener);
    }

    public void removeListener(BiConsumer<String, DriftCheck> listener) {
        listeners.remove(listener);
    }

    public void record(String environmentId, DriftCheck check) {
        latest.put(environmentId, check);
        save();
        listeners.forEach(l -> l.accept(environmentId, check));
    }

    private synchronized void save() {
        ObjectNode root = JSON.createObjectNode();
        latest.forEach((env, c) -> {
            ObjectNode n = root.putObject(env);
            n.put("status", c.status().name());
            n.put("changes", c.changes());
            n.put("message", c.message());
            n.put("checkedAt", c.checkedAt().toString());
        });
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the check is still shown; only its survival across a restart is lost, and that is said
            failures.failed(WriteFailures.DRIFT, file, e);
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode n = e.getValue();
                latest.put(e.getKey(), new DriftCheck(DriftCheck.Status.valueOf(n.path("status").asText()),
                        n.path("changes").asInt(), n.path("message").asText(""),
                        Instant.parse(n.path("checkedAt").asText())));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable file means no check known yet: the next check rewrites it
        }
    }
}
