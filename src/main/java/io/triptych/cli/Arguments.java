package io.triptych.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the launcher's command line: at most one command word (none means the window) and options,
 * written {@code --opt value} or {@code --opt=value}. Every refusal is one line that says what to do.
 * {@code --help} wins over everything, even over mistakes: whoever typed it wants to know how.
 */
public final class Arguments {
    private Command command;
    private String actionWord;
    private String subjectWord;
    private final Map<Option, String> given = new EnumMap<>(Option.class);
    /** Every value of a repeatable option (init's --env and --match), in order. */
    private final Map<Option, java.util.List<String>> repeated = new EnumMap<>(Option.class);
    private ArgumentException firstError;

    private Arguments() {
    }

    public static Invocation parse(String... args) throws ArgumentException {
        return new Arguments().read(args);
    }

    private Invocation read(String[] args) throws ArgumentException {
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
                String next = i + 1 < args.length ? args[i + 1] : null;
                if (option(arg, next)) {
                    i++;
                }
            } else {
                word(arg);
            }
        }
        if (given.containsKey(Option.HELP)) {
            return Invocation.of(Command.HELP);
        }
        if (firstError != null) {
            throw firstError;
        }
        if (given.containsKey(Option.VERSION)) {
            return Invocation.of(Command.VERSION);
        }
        Command cmd = command == null ? Command.WINDOW : command;
        for (Option o : given.keySet()) {
            if (!cmd.accepts(o)) {
                throw new ArgumentException("triptych: " + o.flag() + " does not apply to "
                        + cmd.word().orElse("the window") + " (it is an option of " + Values.commandsTaking(o) + ")");
            }
        }
        if (cmd == Command.RUN) {
            return build(cmd, Optional.of(runRequest()));
        }
        if (cmd == Command.SERVER) {
            return build(cmd, Optional.empty()).withServer(serverRequest());
        }
        if (cmd.takesSubject()) {
            return build(cmd, Optional.empty()).withAck(ackRequest(cmd));
        }
        if (cmd.needsOut() && !given.containsKey(Option.OUT)) {
            throw new ArgumentException("triptych: " + cmd.invocation() + " needs --out "
                    + Values.outForms(cmd));
        }
        if (cmd == Command.REPORT && has(Option.ZOOM)
                && !get(Option.OUT).strip().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new ArgumentException("triptych: --zoom applies to report --out FILE.png only (an HTML report"
                    + " follows the browser's zoom)");
        }
        if (cmd == Command.HANDOVER && !given.containsKey(Option.SINCE)) {
            throw new ArgumentException("triptych: triptych handover needs --since DURATION: the period it covers,"
                    + " such as 12h (a shift), 90m or 2d");
        }
        if (cmd == Command.INIT) {
            return build(cmd, Optional.empty(), Optional.of(new io.triptych.init.InitOptions(
                    has(Option.OUT) ? Optional.of(Values.path(Option.OUT, get(Option.OUT))) : Optional.empty(),
                    has(Option.FORCE), all(Option.ENV), all(Option.MATCH),
                    has(Option.TOKEN_ENV) ? Values.variable(get(Option.TOKEN_ENV)) : io.triptych.init.InitOptions
                            .DEFAULT_TOKEN_ENV, has(Option.YES))));
        }
        return build(cmd, Optional.empty());
    }

    private java.util.List<String> all(Option o) {
        return repeated.getOrDefault(o, java.util.List.of()).stream().map(String::strip).toList();
    }

    /** triptych run: one action word, --env, and only the options that action takes. */
    private RunRequest runRequest() throws ArgumentException {
        String actions = Values.or(RunRequest.Verb.words());
        if (actionWord == null) {
            throw new ArgumentException("triptych: triptych run needs an action: " + actions
                    + " (like triptych run drift --env production)");
        }
        RunRequest.Verb verb = RunRequest.Verb.byWord(actionWord).orElseThrow(() -> new ArgumentException(
                "triptych: unknown run action '" + actionWord + "' (use " + actions + ")"));
        if (has(Option.ALL) && verb != RunRequest.Verb.PLAN) {
            throw new ArgumentException("triptych: --all applies to run plan only, not to " + verb.word()
                    + " (name one environment with --env ID)");
        }
        if (has(Option.ALL) && has(Option.ENV)) {
            throw new ArgumentException("triptych: run plan takes --env ID or --all, not both");
        }
        if (!has(Option.ENV) && !has(Option.ALL)) {
            throw new ArgumentException("triptych: triptych run " + verb.word() + " needs --env ID (the environment"
                    + " to run on)" + (verb == RunRequest.Verb.PLAN ? " or --all" : ""));
        }
        boolean ansible = verb.action().tool() == io.triptych.iac.Tool.ANSIBLE;
        for (Option o : java.util.List.of(Option.LIMIT, Option.TAGS)) {
            if (has(o) && !ansible) {
                throw new ArgumentException("triptych: " + o.flag() + " applies to ansible-check and ansible-run,"
                        + " not to " + verb.word());
            }
        }
        if (has(Option.PLAN) && verb != RunRequest.Verb.APPLY) {
            throw new ArgumentException("triptych: --plan applies to run apply only, not to " + verb.word());
        }
        if (verb == RunRequest.Verb.APPLY && !has(Option.PLAN)) {
            throw new ArgumentException("triptych: triptych run apply needs --plan RUN-ID: the plan you reviewed,"
                    + " as printed by triptych run plan");
        }
        if (has(Option.CONFIRM) && !verb.action().changes()) {
            throw new ArgumentException("triptych: --confirm applies to apply and ansible-run, not to "
                    + verb.word() + " (it changes nothing)");
        }
        return new RunRequest(verb, value(Option.LIMIT), value(Option.TAGS), value(Option.PLAN),
                value(Option.CONFIRM), has(Option.ALL));
    }

    /** triptych ack|unack: --env and the problem's subject, as status prints it. */
    private AckRequest ackRequest(Command cmd) throws ArgumentException {
        String like = " (like " + cmd.invocation() + " --env preprod 'svom/sdb-api #48213')";
        if (actionWord == null || actionWord.isBlank()) {
            throw new ArgumentException("triptych: " + cmd.invocation() + " needs the problem's SUBJECT, as"
                    + " triptych status prints it" + like);
        }
        if (!has(Option.ENV)) {
            throw new ArgumentException("triptych: " + cmd.invocation() + " needs --env ID (the problem's"
                    + " environment)" + like);
        }
        return new AckRequest(actionWord.strip(), value(Option.NOTE));
    }

    /** triptych server: one action word, the server's name, --env, and only the options that action takes. */
    private ServerRequest serverRequest() throws ArgumentException {
        String actions = Values.or(ServerRequest.Verb.words());
        if (actionWord == null) {
            throw new ArgumentException("triptych: triptych server needs an action: " + actions
                    + " (like triptych server reboot --env production web-01)");
        }
        ServerRequest.Verb verb = ServerRequest.Verb.byWord(actionWord).orElseThrow(() -> new ArgumentException(
                "triptych: unknown server action '" + actionWord + "' (use " + actions + ")"));
        if (subjectWord == null || subjectWord.isBlank()) {
            throw new ArgumentException("triptych: triptych server " + verb.word() + " needs the server's name"
                    + " (like triptych server " + verb.word() + " --env production web-01)");
        }
        if (!has(Option.ENV)) {
            throw new ArgumentException("triptych: triptych server " + verb.word() + " needs --env ID (the"
                    + " environment whose cloud has the server)");
        }
        if (has(Option.HARD) && verb != ServerRequest.Verb.REBOOT) {
            throw new ArgumentException("triptych: --hard applies to server reboot only, not to " + verb.word());
        }
        if (has(Option.LINES) && verb != ServerRequest.Verb.CONSOLE_LOG) {
            throw new ArgumentException("triptych: --lines applies to server console-log only, not to " + verb.word());
        }
        if (has(Option.CONFIRM) && verb == ServerRequest.Verb.CONSOLE_LOG) {
            throw new ArgumentException("triptych: --confirm applies to server start, stop and reboot, not to"
                    + " console-log (it changes nothing)");
        }
        int lines = has(Option.LINES) ? Values.lines(get(Option.LINES)) : ServerRequest.DEFAULT_LINES;
        return new ServerRequest(verb, subjectWord.strip(), has(Option.HARD), lines, value(Option.CONFIRM));
    }

    private Optional<String> value(Option o) {
        return has(o) ? Optional.of(get(o).strip()) : Optional.empty();
    }

    /** Records one option; returns true when it took the next argument as its value. */
    private boolean option(String arg, String next) {
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
            name = arg.substring(0, eq);
            value = arg.substring(eq + 1);
        }
        Optional<Option> known = Option.byFlag(name);
        if (known.isEmpty()) {
            fail("triptych: unknown option '" + name + "' (see triptych --help)");
            return false;
        }
        Option o = known.get();
        boolean tookNext = false;
        if (!o.takesValue()) {
            if (value != null) {
                fail("triptych: " + name + " takes no value (write " + name + " alone)");
                return false;
            }
            value = "";
        } else if (value == null && next != null && !next.startsWith("--")) {
            value = next;
            tookNext = true;
        }
        if (o.takesValue() && (value == null || value.isBlank())) {
            fail("triptych: " + name + " needs a value (" + o.synopsis() + ")");
        } else {
            given.put(o, value);
            repeated.computeIfAbsent(o, k -> new java.util.ArrayList<>()).add(value);
        }
        return tookNext;
    }

    private void word(String arg) {
        if (command != null && (command.takesAction() || command.takesSubject()) && actionWord == null) {
            actionWord = arg;
            return;
        }
        if (command == Command.SERVER && subjectWord == null) {
            subjectWord = arg;
            return;
        }
        if (command != null) {
            fail("triptych: unexpected argument '" + arg + "' after '" + command.word().orElse("") + "'"
                    + " (one command at a time; see triptych --help)");
            return;
        }
        Optional<Command> known = Command.byWord(arg);
        if (known.isEmpty()) {
            fail("triptych: unknown command '" + arg + "' (use " + Values.commandWords() + ")");
        } else {
            command = known.get();
        }
    }

    private void fail(String message) {
        if (firstError == null) {
            firstError = new ArgumentException(message);
        }
    }

    private Invocation build(Command cmd, Optional<RunRequest> run) throws ArgumentException {
        return build(cmd, run, Optional.empty());
    }

    private Invocation build(Command cmd, Optional<RunRequest> run, Optional<io.triptych.init.InitOptions> init)
            throws ArgumentException {
        Invocation d = Invocation.of(cmd);
        OptionalInt zoom = has(Option.ZOOM) ? OptionalInt.of(Values.zoom(get(Option.ZOOM),
                has(Option.LANG) ? get(Option.LANG) : "en")) : OptionalInt.empty();
        return new Invocation(cmd,
                has(Option.CONFIG) ? Optional.of(Values.path(Option.CONFIG, get(Option.CONFIG))) : d.config(),
                has(Option.READ_ONLY),
                has(Option.LANG) ? Optional.of(Values.language(get(Option.LANG))) : d.lang(),
                has(Option.THEME) ? Optional.of(Values.theme(get(Option.THEME))) : d.theme(),
                has(Option.JSON),
                has(Option.ENV) ? Optional.of(get(Option.ENV).strip()) : d.env(),
                has(Option.OUT) && cmd != Command.INIT ? Optional.of(Values.out(cmd, get(Option.OUT)))
                        : init.flatMap(io.triptych.init.InitOptions::out),
                has(Option.SIZE) ? Size.parse(get(Option.SIZE)) : d.size(),
                has(Option.DEMO_SCALE) ? Values.demoScale(get(Option.DEMO_SCALE)) : d.demoScale(),
                has(Option.DEMO_SEED) ? Values.demoSeed(get(Option.DEMO_SEED)) : d.demoSeed(),
                has(Option.TIMEOUT) ? Optional.of(Values.timeout(get(Option.TIMEOUT))) : d.timeout(), run,
                Optional.empty(), has(Option.SINCE) ? Optional.of(Values.since(get(Option.SINCE))) : d.since(), has(Option.POST),
                new SnapshotView(has(Option.FOCUS) ? Optional.of(Values.focus(get(Option.FOCUS))) : Optional.empty(),
                        has(Option.ONLY_PROBLEMS),
                        has(Option.DENSITY) ? Optional.of(Values.density(get(Option.DENSITY))) : Optional.empty()), init)
                .withZoom(zoom);
    }

    private boolean has(Option o) {
        return given.containsKey(o);
    }

    private String get(Option o) {
        return given.get(o);
    }
}
