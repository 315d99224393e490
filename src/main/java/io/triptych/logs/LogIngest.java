package io.triptych.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw lines in, {@link LogLine}s out: GitLab section markers become sections, then ANSI escapes become
 * styled spans. A marker line with nothing else on it is not shown (GitLab does not show it either).
 * One instance per log, called by one reading thread at a time.
 */
public final class LogIngest {
    /** {@code section_start:1700000000:build_script[collapsed=true]\r\e[0K}; the \r and erase are optional. */
    private static final Pattern MARKER = Pattern.compile(
            "section_(start|end):(\\d{1,12}):([A-Za-z0-9_.\\-]+)(\\[[^\\]\\r]*\\])?\\r?(?:\\x1b\\[0?K)?");

    private final boolean linesStartPlain;
    private AnsiParser ansi = new AnsiParser();
    private final Deque<LogSection> open = new ArrayDeque<>();
    private long number;

    /** A log whose colours carry over to the next line, as in a terminal (the job's Log window). */
    public LogIngest() {
        this(false);
    }

    private LogIngest(boolean linesStartPlain) {
        this.linesStartPlain = linesStartPlain;
    }

    /** A log whose every line starts plain (the run console: a tool's colours end with its line). */
    public static LogIngest linesStartPlain() {
        return new LogIngest(true);
    }

    /** The line without its section markers ("" for a line that was only markers), for a reader that cannot fold. */
    public static String withoutMarkers(String raw) {
        return raw.indexOf("section_") < 0 ? raw : MARKER.matcher(raw).replaceAll("");
    }

    public synchronized List<LogLine> ingest(List<String> raw) {
        List<LogLine> out = new ArrayList<>(raw.size());
        for (String line : raw) {
            LogLine l = one(line);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    private LogLine one(String raw) {
        LogSection opened = null;
        String rest = raw;
        if (raw.indexOf("section_") >= 0) {
            Matcher m = MARKER.matcher(raw);
            StringBuilder kept = new StringBuilder();
            int from = 0;
            boolean any = false;
            while (m.find()) {
                any = true;
                kept.append(raw, from, m.start());
                from = m.end();
                long ts = Long.parseLong(m.group(2));
                if (m.group(1).equals("start")) {
                    boolean collapsed = m.group(4) != null && m.group(4).contains("collapsed=true");
                    opened = new LogSection(m.group(3), ts, open.peek(), collapsed);
                    open.push(opened);
                } else {
                    close(m.group(3), ts);
                }
            }
            if (any) {
                kept.append(raw, from, raw.length());
                rest = kept.toString();
            }
            if (any && opened == null && rest.isBlank()) {
                return null;
            }
        }
        if (linesStartPlain) {
            ansi = new AnsiParser();
        }
        AnsiParser.Parsed p = ansi.parse(rest);
        String text = p.text();
        List<StyledSpan> spans = p.spans();
        if (opened != null && text.isBlank()) {
            text = opened.name();
            spans = List.of(new StyledSpan(0, text.length(), Style.PLAIN));
        }
        return new LogLine(++number, text, spans, open.peek(), opened);
    }

    /** Closes the named section and any left open inside it (a job killed mid-section never ends them). */
    private void close(String name, long ts) {
        if (open.stream().noneMatch(s -> s.name().equals(name))) {
            return;
        }
        while (!open.isEmpty()) {
            LogSection s = open.pop();
            s.end(ts);
            if (s.name().equals(name)) {
                return;
            }
        }
    }
}
