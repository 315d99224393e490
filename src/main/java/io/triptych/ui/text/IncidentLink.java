package io.triptych.ui.text;

import io.triptych.triage.TrackedProblem;
import java.util.Optional;

/** A problem's team incident as the window links it: its page, and "#231" from that page's address. */
public final class IncidentLink {
    private IncidentLink() {
    }

    /** The incident's page, else the one its acknowledgement was made on; empty when it has neither. */
    public static Optional<String> url(TrackedProblem p) {
        if (p.incident() != null && !p.incident().url().isEmpty()) {
            return Optional.of(p.incident().url());
        }
        return p.acknowledged() && p.ack().url() != null && !p.ack().url().isEmpty() ? Optional.of(p.ack().url())
                : Optional.empty();
    }

    /** "#231" for a page ending in a number (GitLab's issue iid), else "". */
    public static String number(String url) {
        String last = url.substring(url.lastIndexOf('/') + 1);
        return last.matches("\\d+") ? "#" + last : "";
    }
}
