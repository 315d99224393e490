package io.triptych.report;

import io.triptych.history.Transition;
import io.triptych.triage.DriftRow;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.TrackedProblem;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;

/**
 * The words of a report, shared by the HTML page and the picture: translated through the bundle and
 * passed through the privacy mask when it is on.
 */
public final class ReportText {
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final MessageLookup msg;
    private final UnaryOperator<String> mask;

    public ReportText(MessageLookup msg, UnaryOperator<String> mask) {
        this.msg = msg;
        this.mask = mask;
    }

    public String get(String key, Object... args) {
        return msg.get(key, args);
    }

    public String masked(String s) {
        return mask.apply(s);
    }

    public String severity(TrackedProblem p) {
        return msg.get("severity." + p.finding().severity().jsonName());
    }

    public String subject(TrackedProblem p) {
        String s = p.finding().subject();
        String section = "section." + s;
        boolean isSection = p.finding().itemKey().isEmpty() && !msg.get(section).startsWith("⟦");
        return mask.apply(isSection ? msg.get(section) : s);
    }

    public String message(TrackedProblem p) {
        String m = p.finding().message(msg);
        return mask.apply(p.acknowledged() ? m + " — " + msg.get("triage.acked", p.ack().note()) : m);
    }

    public String since(TrackedProblem p) {
        return TIME.format(p.since());
    }

    public String driftKind(DriftRow r) {
        return msg.get("drift.kind." + r.kind().code());
    }

    public String driftValue(DriftRow r, String envId) {
        return r.value(envId).map(mask).orElse(msg.get("drift.absent"));
    }

    public String domain(Transition t) {
        String key = "section." + t.domain();
        String s = msg.get(key);
        return s.startsWith("⟦") ? msg.get("history.domain.run") : s;
    }

    public String change(Transition t) {
        String before = t.before().isEmpty() ? msg.get("drift.absent") : t.before();
        String after = t.after().isEmpty() ? msg.get("drift.absent") : t.after();
        return mask.apply(before + " → " + after);
    }
}
