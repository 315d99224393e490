package io.triptych.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A block storage volume (an OpenStack Cinder volume). */
public record Volume(
        String id,
        String name,
        String status,
        int sizeGb,
        String type,
        List<Attachment> attachments,
        Instant created) implements Item {

    public Volume {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        attachments = List.copyOf(attachments);
    }

    @Override public String key() { return id; }

    @Override public String displayName() { return name; }

    @Override public Tone tone() {
        String s = status.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("in-use")) {
            return Tone.GOOD;
        }
        if (s.equals("available")) {
            return Tone.IDLE;
        }
        if (s.startsWith("error")) {
            return Tone.BAD;
        }
        return Tone.BUSY;
    }

    public List<String> attachedTo() {
        return attachments.stream().map(Attachment::serverName).toList();
    }

    public Volume withStatus(String newStatus, List<Attachment> newAttachments) {
        return new Volume(id, name, newStatus, sizeGb, type, newAttachments, created);
    }

    @Override public String searchText() {
        return Text.lower(name, status, type, sizeGb + "gb", String.join(" ", attachedTo()));
    }
}
