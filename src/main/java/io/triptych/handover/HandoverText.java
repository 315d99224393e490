package io.triptych.handover;

import io.triptych.history.Transition;
import io.triptych.iac.SecretMasker;
import io.triptych.mask.Masker;
import io.triptych.report.ReportText;
import io.triptych.team.TeamIncident;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.TrackedProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;

/**
 * The words of a handover, shared by the Markdown and the HTML: translated through the bundle of the chosen
 * language, every time in UTC with Paris and Beijing beside it, and every text from outside (names, notes,
 * summaries) passed through the mask — secrets always, addresses and identifiers too with the privacy mask.
 */
public final class HandoverText {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final MessageLookup msg;
    private final UnaryOperator<String> mask;
    private final boolean privacy;
    private final ReportText problems;

    /**
     * @param mask    applied to every outside text ({@link #mask} builds it)
     * @param privacy whether the privacy mask is part of it (the page says so)
     */
    public HandoverText(MessageLookup msg, UnaryOperator<String> mask, boolean privacy) {
        this.msg = msg;
        this.mask = mask;
        this.privacy = privacy;
        this.problems = new ReportText(msg, this::masked);
    }

    /**
     * What goes out of the console: the known secret values (the environment's tokens and passwords, however
     * shaped), anything that looks like a secret, and with the privacy mask addresses and identifiers too.
     */
    public static UnaryOperator<String> mask(SecretMasker secrets, boolean privacy) {
        return s -> {
            if (s == null || s.isEmpty()) {
                return s == null ? "" : s;
            }
            String out = Masker.secrets(secrets.mask(s));
            return privacy ? Masker.mask(out) : out;
        };
    }

    public boolean privacy() {
        return privacy;
    }

    public String get(String key, Object... args) {
        return msg.get(key, args);
    }

    public String masked(String s) {
        return mask.apply(s == null ? "" : s);
    }

    /** "2026-12-02 03:45 UTC (Paris 04:45, Beijing 11:45)": the clocks of both sides of the shift change. */
    public String time(Instant at) {
        if (at == null) {
            return "";
        }
        LocalDate utcDay = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return msg.get("handover.time", FULL.format(at), local(at, PARIS, utcDay), local(at, BEIJING, utcDay));
    }

    private static String local(Instant at, ZoneId zone, LocalDate utcDay) {
        var t = at.atZone(zone);
        return (t.toLocalDate().equals(utcDay) ? CLOCK : DAY_CLOCK).format(t);
    }

    public String health(String jsonName) {
        return msg.get("health." + jsonName);
    }

    /** Problems are worded as the report words them. */
    public String severity(TrackedProblem p) {
        return problems.severity(p);
    }

    public String subject(TrackedProblem p) {
        return problems.subject(p);
    }

    /** Without the report's "— acknowledged: note": the handover gives the acknowledgement its own column. */
    public String message(TrackedProblem p) {
        return masked(p.finding().message(msg));
    }

    /** "alice, 2026-12-02 03:45 UTC (…): rebooting" or "not acknowledged". */
    public String acknowledgement(TrackedProblem p) {
        if (!p.acknowledged()) {
            return msg.get("handover.notAcked");
        }
        return ack(p.ack().by(), p.ack().at(), p.ack().note());
    }

    public String acknowledgement(TeamIncident i) {
        if (i.acknowledged() == null) {
            return msg.get("handover.notAcked");
        }
        return ack(i.acknowledged().by(), i.acknowledged().at(), i.acknowledged().note());
    }

    private String ack(String by, Instant at, String note) {
        String who = by == null || by.isBlank() ? msg.get("handover.someone") : masked(by);
        String line = msg.get("handover.ackedBy", who, time(at));
        return note == null || note.isBlank() ? line : line + " — " + masked(note);
    }

    public String action(RunEntry r) {
        return msg.get("runs.action." + r.action());
    }

    public String outcome(RunEntry r) {
        return msg.get("runs.state." + r.outcome());
    }

    public String domain(Transition t) {
        String s = msg.get("section." + t.domain());
        return s.startsWith("⟦") ? msg.get("history.domain.run") : s;
    }

    public String change(Transition t) {
        String before = t.before().isEmpty() ? msg.get("drift.absent") : t.before();
        String after = t.after().isEmpty() ? msg.get("drift.absent") : t.after();
        return masked(before + " → " + after);
    }

    /** Links go out only without the privacy mask: a web address names hosts. */
    public String url(String url) {
        return privacy || url == null ? null : masked(url);
    }
}
