package io.triptych.cli;

import static io.triptych.cli.Option.ALL;
import static io.triptych.cli.Option.CONFIG;
import static io.triptych.cli.Option.CONFIRM;
import static io.triptych.cli.Option.DEMO_SCALE;
import static io.triptych.cli.Option.DEMO_SEED;
import static io.triptych.cli.Option.DENSITY;
import static io.triptych.cli.Option.ENV;
import static io.triptych.cli.Option.FOCUS;
import static io.triptych.cli.Option.FORCE;
import static io.triptych.cli.Option.JSON;
import static io.triptych.cli.Option.LANG;
import static io.triptych.cli.Option.LIMIT;
import static io.triptych.cli.Option.MATCH;
import static io.triptych.cli.Option.NOTE;
import static io.triptych.cli.Option.ONLY_PROBLEMS;
import static io.triptych.cli.Option.OUT;
import static io.triptych.cli.Option.PLAN;
import static io.triptych.cli.Option.POST;
import static io.triptych.cli.Option.READ_ONLY;
import static io.triptych.cli.Option.SINCE;
import static io.triptych.cli.Option.SIZE;
import static io.triptych.cli.Option.TAGS;
import static io.triptych.cli.Option.THEME;
import static io.triptych.cli.Option.TIMEOUT;
import static io.triptych.cli.Option.TOKEN_ENV;
import static io.triptych.cli.Option.YES;
import static io.triptych.cli.Option.ZOOM;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the launcher is asked to do. {@code word} is null for the window (no command word). */
public enum Command {
    WINDOW(null, "open the window", List.of(CONFIG, READ_ONLY, LANG, THEME, ZOOM, DEMO_SCALE, DEMO_SEED)),
    STATUS("status", "fetch every source once and print health, problems and errors; exit 0 ok, 1 problems,"
            + " 2 unreachable", List.of(JSON, ENV, CONFIG, TIMEOUT, DEMO_SCALE, DEMO_SEED)),
    SNAPSHOT("snapshot", "render the dashboard to a PNG file",
            List.of(OUT, LANG, THEME, SIZE, ZOOM, FOCUS, ONLY_PROBLEMS, DENSITY, CONFIG, DEMO_SCALE, DEMO_SEED)),
    REPORT("report", "write health, problems, drift and recent changes to an HTML or PNG file",
            List.of(OUT, LANG, ZOOM, CONFIG, TIMEOUT, DEMO_SCALE, DEMO_SEED)),
    CHECK_CONFIG("check-config", "check the site file and say which one is used", List.of(CONFIG)),
    RUN("run", "run a plan, an apply, a drift check or an Ansible check/run on one environment, as the window"
            + " does (plan --all: every environment, side by side); exit 0 done, 1 changes, drift or failed hosts, 2 refused or failed to run",
            List.of(ENV, ALL, CONFIG, LIMIT, TAGS, PLAN, CONFIRM, JSON, READ_ONLY)),
    ACK("ack", "acknowledge a problem on the team's incident (found or opened), as the token's user; SUBJECT as"
            + " status prints it; exit 0 done, 2 no such problem, no team block or refused",
            List.of(ENV, NOTE, CONFIG, TIMEOUT, READ_ONLY)),
    UNACK("unack", "take back a problem's acknowledgement on the team's incident; exit 0 done, 2 no such problem,"
            + " no team block or refused", List.of(ENV, CONFIG, TIMEOUT, READ_ONLY)),
    HANDOVER("handover", "write the shift handover (open incidents and acknowledgements, runs, changes, health"
            + " over the period) to an HTML or Markdown file; exit codes as status",
            List.of(SINCE, OUT, LANG, POST, READ_ONLY, CONFIG, TIMEOUT, DEMO_SCALE, DEMO_SEED)),
    INIT("init", "find the clouds, kube contexts, Docker engines, GitLab servers, Terraform and Ansible folders this"
            + " machine has, propose an environment for each, test each connection and write the site file",
            List.of(OUT, FORCE, ENV, MATCH, TOKEN_ENV, YES, LANG)),
    SERVER("server", "start, stop or reboot an OpenStack server, or print its console log, as the window does"
            + " (same state checks, confirmation and audit line); exit 0 done, 1 refused by the cloud or the"
            + " server's state, 2 error", List.of(ENV, CONFIG, Option.HARD, Option.LINES, CONFIRM, READ_ONLY)),
    HELP("help", "print this help", List.of()),
    VERSION("version", "print the version", List.of());

    private final String word;
    private final String summary;
    private final List<Option> options;

    Command(String word, String summary, List<Option> options) {
        this.word = word;
        this.summary = summary;
        this.options = options;
    }

    public Optional<String> word() {
        return Optional.ofNullable(word);
    }

    public String summary() {
        return summary;
    }

    /** The options this command takes, in the order help lists them; --help and --version go anywhere. */
    public List<Option> options() {
        return options;
    }

    public boolean accepts(Option option) {
        return option == Option.HELP || option == Option.VERSION || options.contains(option);
    }

    /** Whether the command cannot run without {@code --out}. */
    public boolean needsOut() {
        return this == SNAPSHOT || this == REPORT || this == HANDOVER;
    }

    /** Whether the command needs a word after it (run and server: the action). */
    public boolean takesAction() {
        return this == RUN || this == SERVER;
    }

    /** Whether the command needs a problem's subject after it (ack, unack). */
    public boolean takesSubject() {
        return this == ACK || this == UNACK;
    }

    /** How the command is typed: "triptych status", or "triptych" for the window. */
    public String invocation() {
        return word == null ? "triptych" : "triptych " + word;
    }

    static Optional<Command> byWord(String word) {
        return Arrays.stream(values()).filter(c -> word.equals(c.word)).findFirst();
    }

    static Set<Command> withWords() {
        return EnumSet.complementOf(EnumSet.of(WINDOW));
    }
}
