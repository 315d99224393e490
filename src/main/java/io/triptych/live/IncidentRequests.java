package io.triptych.live;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.ServerLinks;
import io.triptych.team.IncidentRequest;
import io.triptych.triage.Finding;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.TrackedProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a problem's incident says, in English (the team reads it in its tracker whatever each console's
 * language): the problem's facts and its links (Horizon for a server, the pipeline's page). No I/O: the
 * server's page is built from the cloud source's known address.
 */
final class IncidentRequests {
    private IncidentRequests() {
    }

    static IncidentRequest of(TrackedProblem p, EnvironmentSources sources, EnvironmentSnapshot snapshot) {
        Finding f = p.finding();
        String message = f.message(MessageLookup.english());
        List<String> facts = List.of(
                "Environment: " + sources.environment().name() + " (" + sources.environment().id() + ")",
                "Severity: " + f.severity().jsonName(),
                "Source: " + f.source().jsonName(),
                "Subject: " + f.subject(),
                "Problem: " + message,
                "Seen since: " + p.since().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return new IncidentRequest(p.key(), sources.environment().id(), sources.environment().name(), f.severity(),
                f.subject(), message, facts, links(f, sources, snapshot));
    }

    private static List<String> links(Finding f, EnvironmentSources sources, EnvironmentSnapshot snapshot) {
        List<String> links = new ArrayList<>();
        if (f.source() == SectionKind.SERVERS) {
            for (Server s : snapshot.servers().items()) {
                if (s.key().equals(f.itemKey())) {
                    sources.cloud(ServerLinks.class).flatMap(l -> l.webPage(s)).ifPresent(u -> links.add("Horizon: " + u));
                }
            }
        } else if (f.source() == SectionKind.PIPELINES) {
            for (Pipeline pl : snapshot.pipelines().items()) {
                if (pl.key().equals(f.itemKey()) && pl.webUrl() != null && !pl.webUrl().isBlank()) {
                    links.add("Pipeline: " + pl.webUrl());
                }
            }
        }
        return links;
    }
}
