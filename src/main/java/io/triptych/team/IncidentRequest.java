package io.triptych.team;

import io.triptych.domain.Severity;
import java.util.List;

/**
 * What a console tells the tracker to open a problem's incident. Holds no secret: it becomes the incident's
 * title, description and labels as they are.
 *
 * @param problemKey      the stable key every console computes alike (finds the same incident)
 * @param environmentName e.g. "Pre-production" (the title reads {@code [Pre-production] subject: message})
 * @param links           the problem's links (Horizon, pipeline, workload), each "label: url"
 */
public record IncidentRequest(String problemKey, String environmentId, String environmentName,
                              Severity severity, String subject, String message, List<String> facts,
                              List<String> links) {
    public IncidentRequest {
        facts = List.copyOf(facts);
        links = List.copyOf(links);
    }

    public String title() {
        return "[" + environmentName + "] " + subject + ": " + message;
    }
}
