package io.triptych.domain;

/**
 * The team's incident for a problem (an issue of type incident in the team's GitLab project).
 *
 * @param url   the incident's web page
 * @param state as the tracker says it: {@code opened} or {@code closed}
 */
public record Incident(String url, String state) {
    public Incident {
        url = url == null ? "" : url;
        state = state == null ? "" : state;
    }
}
