package io.triptych.handover;

import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;

/**
 * Posting a handover to the team: the Markdown as a note on the team's one handover issue. The issue is
 * found by its title, so the title is the same for every console of the site whatever its language; the
 * note says the language and the time.
 */
public final class HandoverPost {
    private HandoverPost() {
    }

    /** The handover issue's title: fixed per site, so a Paris and a Beijing console post to the same one. */
    public static String issueTitle(String site) {
        return "Triptych shift handover — " + site;
    }

    /** Posts the Markdown (already masked by its text); returns the note's web address. Blocking I/O. */
    public static String post(IncidentTracker tracker, HandoverData data, String markdown) throws TeamException {
        return tracker.postHandover(issueTitle(data.site()), markdown);
    }
}
