package io.triptych.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A compute instance (an OpenStack server). */
public record Server(
        String id,
        String name,
        String status,
        String flavor,
        String image,
        List<String> addresses,
        String fault,
        Instant created,
        Map<String, String> metadata,
        String taskState,
        String powerState,
        Instant updated) implements Item {

    /** A server as most sources know it: no task or power state, no update time. */
    public Server(String id, String name, String status, String flavor, String image, List<String> addresses,
                  String fault, Instant created, Map<String, String> metadata) {
        this(id, name, status, flavor, image, addresses, fault, created, metadata, "", "", null);
    }

    public Server {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        addresses = List.copyOf(addresses);
        metadata = Map.copyOf(metadata);
        fault = fault == null ? "" : fault;
        taskState = taskState == null ? "" : taskState;
        powerState = powerState == null ? "" : powerState;
    }

    @Override public String key() { return id; }

    @Override public String displayName() { return name; }

    /** A server in the middle of a task (powering-off, rebooting…) is busy whatever its status says. */
    @Override public Tone tone() {
        if (!taskState.isEmpty() && !status.equalsIgnoreCase("ERROR")) {
            return Tone.BUSY;
        }
        return switch (status.toUpperCase(java.util.Locale.ROOT)) {
            case "ACTIVE" -> Tone.GOOD;
            case "ERROR", "DELETED", "UNKNOWN" -> Tone.BAD;
            case "SHUTOFF", "SUSPENDED", "PAUSED", "SHELVED", "SHELVED_OFFLOADED", "STOPPED" -> Tone.IDLE;
            default -> Tone.BUSY;
        };
    }

    public Server withStatus(String newStatus, String newFault) {
        return new Server(id, name, newStatus, flavor, image, addresses, newFault, created, metadata, taskState,
                powerState, updated);
    }

    @Override public String searchText() {
        return Text.lower(name, status, flavor, image, String.join(" ", addresses), fault, taskState);
    }
}
