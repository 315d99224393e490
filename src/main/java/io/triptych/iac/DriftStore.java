package io.triptych.iac;

import io.triptych.state.WriteFailures;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.triptych.domain.DriftCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
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
    /**
     * jackson-core's streaming parser and generator, not data binding: `status` reads this file on every run,
     * and the hundreds of classes of an ObjectMapper are most of a short command's start.
     */
    private static final JsonFactory JSON = new JsonFactory();
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
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (JsonGenerator g = JSON.createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                for (Map.Entry<String, DriftCheck> e : latest.entrySet()) {
                    DriftCheck c = e.getValue();
                    g.writeObjectFieldStart(e.getKey());
                    g.writeStringField("status", c.status().name());
                    g.writeNumberField("changes", c.changes());
                    g.writeStringField("message", c.message());
                    g.writeStringField("checkedAt", c.checkedAt().toString());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the check is still shown; only its survival across a restart is lost, and that is said
            failures.failed(WriteFailures.DRIFT, file, e);
        }
    }

    /** {"env": {"status": "DRIFTED", "changes": 2, "message": "…", "checkedAt": "2026-…Z"}, …}. */
    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String env = p.currentName();
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                Map<String, String> n = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    if (value.isScalarValue()) {
                        n.put(name, p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
                latest.put(env, new DriftCheck(DriftCheck.Status.valueOf(n.getOrDefault("status", "")),
                        parseInt(n.get("changes")), n.getOrDefault("message", ""),
                        Instant.parse(n.getOrDefault("checkedAt", ""))));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable file means no check known yet: the next check rewrites it
        }
    }

    private static int parseInt(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
