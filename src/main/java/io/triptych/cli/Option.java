package io.triptych.cli;

import java.util.Arrays;
import java.util.Optional;

/** Every option the launcher knows. {@code value} is the placeholder shown in help; null for a flag. */
public enum Option {
    CONFIG("--config", "FILE", "site file (default: $TRIPTYCH_CONFIG, then ~/.config/triptych/site.yaml)"),
    READ_ONLY("--read-only", null, "offer no action that changes anything"),
    LANG("--lang", "en|fr|zh", "language of the window, snapshot, report or handover"),
    THEME("--theme", "light|dark", "colour theme"),
    JSON("--json", null, "print JSON instead of text"),
    ENV("--env", "ID", "only this environment; init: ID=KIND:NAME,… puts those found things in it (repeatable)"),
    ALL("--all", null, "run plan: every environment at once, the plans side by side by resource address"),
    OUT("--out", "FILE", "file to write"),
    SIZE("--size", "WxH", "image size, 640x480 to 7680x4320 (default 1920x1080)"),
    TIMEOUT("--timeout", "DURATION", "the longest wait for all sources together, e.g. 10s, 1m (default 10s);"
            + " a source silent by then is reported unreachable"),
    FOCUS("--focus", "servers|volumes|security-groups|services|pipelines",
            "snapshot: one kind at the full height of the three columns (default: the five sections)"),
    ONLY_PROBLEMS("--only-problems", null, "snapshot: only the rows that need a look"),
    DENSITY("--density", "normal|compact", "snapshot: row density (default normal)"),
    ZOOM("--zoom", "PERCENT", "window, snapshot, report PNG: the interface's zoom, 75 to 300 (window: for this run,"
            + " the remembered zoom is kept)"),
    DEMO_SCALE("--demo-scale", "N", "demo site: about N times as many items, for benchmarks (1 to 1000)"),
    DEMO_SEED("--demo-seed", "N", "demo site: random seed, for repeatable demos"),
    LIMIT("--limit", "HOSTS", "Ansible runs: only these hosts or groups (ansible-playbook --limit)"),
    TAGS("--tags", "TAGS", "Ansible runs: only the tasks with these tags (ansible-playbook --tags)"),
    PLAN("--plan", "RUN-ID", "run apply: the plan to apply, the RUN-ID a previous run plan printed"),
    CONFIRM("--confirm", "NAME", "run apply|ansible-run, server start|stop|reboot on a protected environment: its"
            + " name, as the window asks"),
    HARD("--hard", null, "server reboot: a hard reboot (power cycle), as from a stuck or ERROR server"),
    LINES("--lines", "N", "server console-log: the last N lines (default 100, at most 10000)"),
    FORCE("--force", null, "init: replace an existing site file (the old one is kept as FILE.bak)"),
    MATCH("--match", "ID=WORDS", "init: the words that put a found name in an environment, e.g."
            + " integration=int,qualif (repeatable)"),
    TOKEN_ENV("--token-env", "VAR", "init: the variable GitLab blocks name for the token (default GITLAB_TOKEN)"),
    YES("--yes", null, "init: accept the proposal without asking, even on a terminal"),
    NOTE("--note", "TEXT", "ack: the note written with the acknowledgement"),
    SINCE("--since", "DURATION", "handover: the period it covers, in minutes, hours or days: 90m, 12h, 2d"),
    POST("--post", null, "handover: also post it as a note on the team's handover issue (needs a team: block)"),
    HELP("--help", null, "print this help (also -h)"),
    VERSION("--version", null, "print the version");

    private final String flag;
    private final String value;
    private final String help;

    Option(String flag, String value, String help) {
        this.flag = flag;
        this.value = value;
        this.help = help;
    }

    public String flag() {
        return flag;
    }

    public boolean takesValue() {
        return value != null;
    }

    /** "--config FILE" or "--json": how the option is written. */
    public String synopsis() {
        return value == null ? flag : flag + " " + value;
    }

    public String help() {
        return help;
    }

    public static Optional<Option> byFlag(String flag) {
        if (flag.equals("-h")) {
            return Optional.of(HELP);
        }
        return Arrays.stream(values()).filter(o -> o.flag.equals(flag)).findFirst();
    }
}
