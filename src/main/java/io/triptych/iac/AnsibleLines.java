package io.triptych.iac;

import io.triptych.logs.AnsiParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ansible-playbook's default output turned into run events: PLAY/TASK headers become progress, the
 * PLAY RECAP lines become one {@link RunEvent.HostRecap} per host. Colours are kept for display and
 * ignored for parsing.
 */
public final class AnsibleLines {
    private static final Pattern RECAP = Pattern.compile("^(\\S+)\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)"
            + "\\s+unreachable=(\\d+)\\s+failed=(\\d+)(?:\\s+skipped=(\\d+))?(?:\\s+rescued=(\\d+))?"
            + "(?:\\s+ignored=(\\d+))?");
    private static final Pattern HEADER = Pattern.compile("^((?:PLAY|TASK|RUNNING HANDLER) \\[.*\\]).*");

    private AnsibleLines() {
    }

    public static List<RunEvent> parse(String line) {
        String plain = AnsiParser.strip(line).strip();
        List<RunEvent> out = new ArrayList<>(2);
        Matcher r = RECAP.matcher(plain);
        if (r.find()) {
            out.add(new RunEvent.HostRecap(r.group(1), n(r, 2), n(r, 3), n(r, 4), n(r, 5), n(r, 6), n(r, 7),
                    n(r, 8)));
        } else {
            Matcher h = HEADER.matcher(plain);
            if (h.matches() && !plain.startsWith("PLAY RECAP")) {
                out.add(new RunEvent.Progress(h.group(1)));
            }
        }
        out.add(new RunEvent.Line(line, level(plain)));
        return out;
    }

    private static RunEvent.Level level(String plain) {
        if (plain.startsWith("fatal:") || plain.startsWith("failed:") || plain.startsWith("ERROR!")
                || plain.startsWith("[ERROR]")) {
            return RunEvent.Level.ERROR;
        }
        return plain.startsWith("[WARNING]") || plain.startsWith("[DEPRECATION") ? RunEvent.Level.WARNING
                : RunEvent.Level.NORMAL;
    }

    private static int n(Matcher m, int group) {
        String g = m.group(group);
        return g == null ? 0 : Integer.parseInt(g);
    }
}
