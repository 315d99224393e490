package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArgumentsTest {

    private static Invocation parse(String... args) throws ArgumentException {
        return io.triptych.cli.Arguments.parse(args);
    }

    @Test
    void noCommandWordOpensTheWindowWithDefaults() throws Exception {
        Invocation inv = parse();

        assertThat(inv).isEqualTo(Invocation.of(Command.WINDOW));
        assertThat(inv.size()).isEqualTo(new Size(1920, 1080));
    }

    @Test
    void windowOptionsAreReadInBothSpellings() throws Exception {
        Invocation inv = parse("--config", "site.yaml", "--read-only", "--lang=FR", "--theme", "dark",
                "--demo-scale=50", "--demo-seed", "-7");

        assertThat(inv.command()).isEqualTo(Command.WINDOW);
        assertThat(inv.config()).contains(Path.of("site.yaml"));
        assertThat(inv.readOnly()).isTrue();
        assertThat(inv.lang()).contains("fr");
        assertThat(inv.theme()).contains("dark");
        assertThat(inv.demoScale()).hasValue(50);
        assertThat(inv.demoSeed()).hasValue(-7L);
    }

    @Test
    void statusTakesJsonEnvAndConfigInAnyOrder() throws Exception {
        Invocation inv = parse("--json", "status", "--env=production", "--config=/etc/triptych/site.yaml");

        assertThat(inv.command()).isEqualTo(Command.STATUS);
        assertThat(inv.json()).isTrue();
        assertThat(inv.env()).contains("production");
        assertThat(inv.config()).contains(Path.of("/etc/triptych/site.yaml"));
    }

    @Test
    void statusAndReportTakeATimeout() throws Exception {
        assertThat(parse("status", "--timeout", "90s").timeout()).contains(java.time.Duration.ofSeconds(90));
        assertThat(parse("status", "--timeout=500ms").timeout()).contains(java.time.Duration.ofMillis(500));
        assertThat(parse("report", "--out", "r.html", "--timeout", "2m").timeout())
                .contains(java.time.Duration.ofMinutes(2));
        assertThat(parse("status").timeout()).isEmpty();
    }

    @Test
    void snapshotReadsOutAndSize() throws Exception {
        Invocation inv = parse("snapshot", "--out", "dash.png", "--size", "7680x4320", "--lang", "zh");

        assertThat(inv.out()).contains(Path.of("dash.png"));
        assertThat(inv.size()).isEqualTo(new Size(7680, 4320));
        assertThat(inv.lang()).contains("zh");
    }

    @Test
    void otherCommandsAreRecognised() throws Exception {
        assertThat(parse("report", "--out=daily.html").command()).isEqualTo(Command.REPORT);
        assertThat(parse("check-config", "--config", "x.yaml").command()).isEqualTo(Command.CHECK_CONFIG);
        assertThat(parse("help").command()).isEqualTo(Command.HELP);
        assertThat(parse("version").command()).isEqualTo(Command.VERSION);
        assertThat(parse("--version").command()).isEqualTo(Command.VERSION);
        assertThat(parse("snapshot", "--size", "640x480", "--out", "a.PNG").size()).isEqualTo(Size.MIN);
    }

    @Test
    void helpWinsEvenOverMistakes() throws Exception {
        assertThat(parse("-h").command()).isEqualTo(Command.HELP);
        assertThat(parse("status", "--help").command()).isEqualTo(Command.HELP);
        assertThat(parse("--lang", "de", "--bogus", "--help").command()).isEqualTo(Command.HELP);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new String[]{"--bogus"}, "triptych: unknown option '--bogus' (see triptych --help)"),
                Arguments.of(new String[]{"--bogus=1"}, "triptych: unknown option '--bogus' (see triptych --help)"),
                Arguments.of(new String[]{"stats"}, "triptych: unknown command 'stats' (use status, snapshot,"
                        + " report, check-config, run, ack, unack, handover, init, server, help or version)"),
                Arguments.of(new String[]{"status", "report"}, "triptych: unexpected argument 'report' after"
                        + " 'status' (one command at a time; see triptych --help)"),
                Arguments.of(new String[]{"--config"}, "triptych: --config needs a value (--config FILE)"),
                Arguments.of(new String[]{"--config="}, "triptych: --config needs a value (--config FILE)"),
                Arguments.of(new String[]{"status", "--env", "--json"}, "triptych: --env needs a value (--env ID)"),
                Arguments.of(new String[]{"--json=yes", "status"}, "triptych: --json takes no value"
                        + " (write --json alone)"),
                Arguments.of(new String[]{"--lang", "de"}, "triptych: unknown language 'de' (use en, fr or zh)"),
                Arguments.of(new String[]{"--theme=blue"}, "triptych: unknown theme 'blue' (use light or dark)"),
                Arguments.of(new String[]{"snapshot", "--out", "a.png", "--size", "100x100"}, "triptych: bad size"
                        + " '100x100' (use WIDTHxHEIGHT from 640x480 to 7680x4320, e.g. 1920x1080)"),
                Arguments.of(new String[]{"snapshot", "--out", "a.png", "--size", "8000x4320"},
                        "triptych: bad size '8000x4320'"),
                Arguments.of(new String[]{"snapshot", "--out", "a.png", "--size", "big"},
                        "triptych: bad size 'big'"),
                Arguments.of(new String[]{"--demo-scale", "0"}, "triptych: --demo-scale must be a whole number"
                        + " from 1 to 1000, not '0'"),
                Arguments.of(new String[]{"--demo-scale", "1001"}, "triptych: --demo-scale must be a whole number"
                        + " from 1 to 1000, not '1001'"),
                Arguments.of(new String[]{"--demo-seed", "abc"}, "triptych: --demo-seed must be a whole number,"
                        + " not 'abc'"),
                Arguments.of(new String[]{"--json"}, "triptych: --json does not apply to the window"
                        + " (it is an option of triptych status or triptych run)"),
                Arguments.of(new String[]{"snapshot", "--out", "a.png", "--env", "int"}, "triptych: --env does"
                        + " not apply to snapshot (it is an option of triptych status, triptych run, triptych ack,"
                        + " triptych unack, triptych init or triptych server)"),
                Arguments.of(new String[]{"status", "--read-only"}, "triptych: --read-only does not apply to"
                        + " status (it is an option of triptych, triptych run, triptych ack, triptych unack,"
                        + " triptych handover or triptych server)"),
                Arguments.of(new String[]{"check-config", "--lang", "fr"}, "triptych: --lang does not apply to"
                        + " check-config (it is an option of triptych, triptych snapshot, triptych report, triptych handover or triptych init)"),
                Arguments.of(new String[]{"status", "--size", "800x600"}, "triptych: --size does not apply"),
                Arguments.of(new String[]{"status", "--timeout", "10"}, "triptych: --timeout needs a duration from"
                        + " 100ms to 60m, such as 10s, 90s or 2m (got '10')"),
                Arguments.of(new String[]{"status", "--timeout=0s"}, "triptych: --timeout needs a duration"),
                Arguments.of(new String[]{"check-config", "--timeout", "5s"}, "triptych: --timeout does not apply to"
                        + " check-config (it is an option of triptych status, triptych report, triptych ack,"
                        + " triptych unack or triptych handover)"),
                Arguments.of(new String[]{"ack", "--env", "preprod"}, "triptych: triptych ack needs the problem's"
                        + " SUBJECT, as triptych status prints it (like triptych ack --env preprod"
                        + " 'svom/sdb-api #48213')"),
                Arguments.of(new String[]{"unack", "svom/sdb-api #1"}, "triptych: triptych unack needs --env ID"
                        + " (the problem's environment)"),
                Arguments.of(new String[]{"unack", "--env", "p", "x", "--note", "n"}, "triptych: --note does not"
                        + " apply to unack (it is an option of triptych ack)"),
                Arguments.of(new String[]{"ack", "--env", "p", "x", "y"}, "triptych: unexpected argument 'y' after"
                        + " 'ack'"),
                Arguments.of(new String[]{"snapshot"}, "triptych: triptych snapshot needs --out FILE.png"),
                Arguments.of(new String[]{"report"}, "triptych: triptych report needs --out FILE.html"
                        + " or --out FILE.png"),
                Arguments.of(new String[]{"snapshot", "--out", "a.jpg"}, "triptych: triptych snapshot --out must"
                        + " end in .png, not 'a.jpg'"),
                Arguments.of(new String[]{"run", "--env", "production"}, "triptych: triptych run needs an action:"
                        + " plan, apply, drift, ansible-check or ansible-run"),
                Arguments.of(new String[]{"run", "destroy", "--env", "production"}, "triptych: unknown run action"
                        + " 'destroy' (use plan, apply, drift, ansible-check or ansible-run)"),
                Arguments.of(new String[]{"run", "plan"}, "triptych: triptych run plan needs --env ID (the"
                        + " environment to run on) or --all"),
                Arguments.of(new String[]{"run", "drift", "--all"}, "triptych: --all applies to run plan only, not"
                        + " to drift"),
                Arguments.of(new String[]{"run", "plan", "--all", "--env", "p"}, "triptych: run plan takes --env ID"
                        + " or --all, not both"),
                Arguments.of(new String[]{"run", "apply", "--env", "production"}, "triptych: triptych run apply"
                        + " needs --plan RUN-ID"),
                Arguments.of(new String[]{"run", "plan", "--env", "p", "--plan", "x"}, "triptych: --plan applies to"
                        + " run apply only, not to plan"),
                Arguments.of(new String[]{"run", "drift", "--env", "p", "--limit", "web"}, "triptych: --limit"
                        + " applies to ansible-check and ansible-run, not to drift"),
                Arguments.of(new String[]{"run", "ansible-check", "--env", "p", "--confirm", "P"}, "triptych:"
                        + " --confirm applies to apply and ansible-run, not to ansible-check"),
                Arguments.of(new String[]{"run", "plan", "drift", "--env", "p"}, "triptych: unexpected argument"
                        + " 'drift' after 'run'"),
                Arguments.of(new String[]{"status", "--confirm", "P"}, "triptych: --confirm does not apply to"
                        + " status (it is an option of triptych run or triptych server)"),
                Arguments.of(new String[]{"server", "--env", "production"}, "triptych: triptych server needs an"
                        + " action: start, stop, reboot or console-log"),
                Arguments.of(new String[]{"server", "halt", "--env", "p", "web-01"}, "triptych: unknown server action"
                        + " 'halt' (use start, stop, reboot or console-log)"),
                Arguments.of(new String[]{"server", "stop", "--env", "p"}, "triptych: triptych server stop needs"
                        + " the server's name"),
                Arguments.of(new String[]{"server", "stop", "web-01"}, "triptych: triptych server stop needs --env"
                        + " ID"),
                Arguments.of(new String[]{"server", "stop", "--hard", "--env", "p", "web-01"}, "triptych: --hard"
                        + " applies to server reboot only, not to stop"),
                Arguments.of(new String[]{"server", "reboot", "--lines", "5", "--env", "p", "web-01"}, "triptych:"
                        + " --lines applies to server console-log only, not to reboot"),
                Arguments.of(new String[]{"server", "console-log", "--lines", "0", "--env", "p", "web-01"},
                        "triptych: --lines needs a whole number from 1 to 10000, not '0'"),
                Arguments.of(new String[]{"server", "console-log", "--confirm", "P", "--env", "p", "web-01"},
                        "triptych: --confirm applies to server start, stop and reboot, not to console-log"),
                Arguments.of(new String[]{"server", "stop", "--env", "p", "web-01", "web-02"}, "triptych:"
                        + " unexpected argument 'web-02' after 'server'"),
                Arguments.of(new String[]{"server", "stop", "--json", "--env", "p", "web-01"}, "triptych: --json"
                        + " does not apply to server"),
                Arguments.of(new String[]{"report", "--out", "a.pdf"}, "triptych: triptych report --out must"
                        + " end in .html or .png, not 'a.pdf'"),
                Arguments.of(new String[]{"handover", "--out", "h.md"}, "triptych: triptych handover needs --since"
                        + " DURATION: the period it covers, such as 12h"),
                Arguments.of(new String[]{"handover", "--since", "12h"}, "triptych: triptych handover needs --out"
                        + " FILE.html or --out FILE.md"),
                Arguments.of(new String[]{"handover", "--since", "12h", "--out", "h.pdf"}, "triptych: triptych"
                        + " handover --out must end in .html or .md, not 'h.pdf'"),
                Arguments.of(new String[]{"handover", "--since", "12", "--out", "h.md"}, "triptych: --since needs"
                        + " a period from 1m to 14d, in minutes, hours or days, such as 90m, 12h or 2d (got '12')"),
                Arguments.of(new String[]{"handover", "--since", "3w", "--out", "h.md"}, "triptych: --since needs"
                        + " a period from 1m to 14d"),
                Arguments.of(new String[]{"status", "--post"}, "triptych: --post does not apply to status (it is an"
                        + " option of triptych handover)"),
                Arguments.of(new String[]{"report", "--out", "r.html", "--since", "12h"}, "triptych: --since does"
                        + " not apply to report (it is an option of triptych handover)"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void badCommandLinesAreRefusedWithOneLineThatSaysWhatToDo(String[] args, String message) {
        assertThatThrownBy(() -> parse(args)).isInstanceOf(ArgumentException.class)
                .hasMessageStartingWith(message).hasMessageNotContaining("\n");
    }

    @Test
    void usageListsEveryCommandAndOption() {
        String usage = Usage.text();

        assertThat(usage).contains("triptych status [--json] [--env ID] [--config FILE]",
                "triptych snapshot --out FILE [--lang en|fr|zh] [--theme light|dark] [--size WxH]",
                "triptych report --out FILE", "triptych check-config [--config FILE]", "--read-only",
                "--demo-scale N", "--demo-seed N", "--help", "--version", "Exit codes",
                "triptych status [--json] [--env ID] [--config FILE] [--timeout DURATION]", "--timeout DURATION",
                "triptych run plan|apply|drift|ansible-check|ansible-run --env ID|--all [--config FILE] [--limit HOSTS]"
                        + " [--tags TAGS] [--plan RUN-ID] [--confirm NAME] [--json] [--read-only]",
                "triptych handover --since DURATION --out FILE [--lang en|fr|zh] [--post] [--read-only]"
                        + " [--config FILE] [--timeout DURATION]", "--since DURATION", "--post",
                "triptych ack SUBJECT --env ID [--note TEXT] [--config FILE] [--timeout DURATION] [--read-only]",
                "triptych unack SUBJECT --env ID [--config FILE] [--timeout DURATION] [--read-only]",
                "--note TEXT", "triptych ack|unack: 0 done");
    }

    @Test
    void ackAndUnackReadTheSubjectTheEnvironmentAndTheNote() throws Exception {
        Invocation ack = parse("ack", "--env", "preprod", "svom/sdb-api #48213", "--note=disk full, on it",
                "--read-only");

        assertThat(ack.command()).isEqualTo(Command.ACK);
        assertThat(ack.env()).contains("preprod");
        assertThat(ack.readOnly()).isTrue();
        assertThat(ack.ack()).contains(new AckRequest("svom/sdb-api #48213", java.util.Optional.of("disk full, on it")));
        Invocation unack = parse("unack", "fsgs-pp-swarm-wrk-03", "--env", "preprod");
        assertThat(unack.command()).isEqualTo(Command.UNACK);
        assertThat(unack.ack()).contains(new AckRequest("fsgs-pp-swarm-wrk-03", java.util.Optional.empty()));
        assertThat(parse("status").ack()).isEmpty();
    }

    @Test
    void handoverReadsItsPeriodItsFileItsLanguageAndPost() throws Exception {
        Invocation inv = parse("handover", "--since", "12h", "--out", "shift.md", "--lang=zh", "--post");

        assertThat(inv.command()).isEqualTo(Command.HANDOVER);
        assertThat(inv.since()).contains(java.time.Duration.ofHours(12));
        assertThat(inv.out()).contains(java.nio.file.Path.of("shift.md"));
        assertThat(inv.lang()).contains("zh");
        assertThat(inv.post()).isTrue();
        Invocation html = parse("handover", "--since=90m", "--out", "Shift.HTML", "--read-only");
        assertThat(html.since()).contains(java.time.Duration.ofMinutes(90));
        assertThat(html.post()).isFalse();
        assertThat(html.readOnly()).isTrue();
    }

    @Test
    void initReadsRepeatedEnvAndMatchAndAnyOutFile() throws Exception {
        Invocation inv = parse("init", "--out", "site.yaml", "--force", "--env", "integration=cloud:fsgs-int",
                "--env=production=cloud:fsgs-prod,context:kind-prod", "--match", "integration=int,qualif",
                "--token-env", "GL_TOKEN", "--yes", "--lang", "fr");

        assertThat(inv.command()).isEqualTo(Command.INIT);
        assertThat(inv.lang()).contains("fr");
        assertThat(inv.init()).contains(new io.triptych.init.InitOptions(java.util.Optional.of(Path.of("site.yaml")),
                true, java.util.List.of("integration=cloud:fsgs-int", "production=cloud:fsgs-prod,context:kind-prod"),
                java.util.List.of("integration=int,qualif"), "GL_TOKEN", true));
        assertThat(parse("init").init()).contains(io.triptych.init.InitOptions.defaults());
        assertThatThrownBy(() -> parse("init", "--token-env", "GITLAB TOKEN")).hasMessage("triptych: --token-env"
                + " needs a variable name such as GITLAB_TOKEN, not 'GITLAB TOKEN'");
        assertThatThrownBy(() -> parse("status", "--force")).hasMessage("triptych: --force does not apply to"
                + " status (it is an option of triptych init)");
        assertThat(Usage.text()).contains("triptych init [--out FILE] [--force] [--env ID] [--match ID=WORDS]"
                + " [--token-env VAR] [--yes] [--lang en|fr|zh]");
    }

    @Test
    void serverReadsItsActionItsServerAndItsOptions() throws Exception {
        Invocation reboot = parse("server", "reboot", "--env", "production", "fsgs-prod-swarm-legacy-01", "--hard",
                "--confirm=Production", "--read-only");
        Invocation log = parse("server", "console-log", "web-01", "--env=integration", "--lines", "40");

        assertThat(reboot.command()).isEqualTo(Command.SERVER);
        assertThat(reboot.env()).contains("production");
        assertThat(reboot.readOnly()).isTrue();
        assertThat(reboot.server()).contains(new ServerRequest(ServerRequest.Verb.REBOOT,
                "fsgs-prod-swarm-legacy-01", true, ServerRequest.DEFAULT_LINES, java.util.Optional.of("Production")));
        assertThat(reboot.server().orElseThrow().action()).isEqualTo(io.triptych.domain.ServerAction.HARD_REBOOT);
        assertThat(log.server()).contains(new ServerRequest(ServerRequest.Verb.CONSOLE_LOG, "web-01", false, 40,
                java.util.Optional.empty()));
        assertThat(Usage.text()).contains("triptych server start|stop|reboot|console-log --env ID [--config FILE]"
                + " [--hard] [--lines N] [--confirm NAME] [--read-only] NAME", "triptych server: 0 done; 1 refused");
    }

    @Test
    void runReadsItsActionAndItsOptions() throws Exception {
        Invocation inv = parse("run", "ansible-run", "--env", "integration", "--limit", "web", "--tags=nginx",
                "--confirm", "Integration", "--json", "--read-only");

        assertThat(inv.command()).isEqualTo(Command.RUN);
        assertThat(inv.env()).contains("integration");
        assertThat(inv.json()).isTrue();
        assertThat(inv.readOnly()).isTrue();
        assertThat(inv.run()).contains(new RunRequest(RunRequest.Verb.ANSIBLE_RUN, java.util.Optional.of("web"),
                java.util.Optional.of("nginx"), java.util.Optional.empty(), java.util.Optional.of("Integration")));
        assertThat(parse("run", "plan", "--all", "--json").run().orElseThrow().all()).isTrue();
        assertThat(parse("run", "plan", "--env", "integration").run().orElseThrow().all()).isFalse();
        assertThat(parse("run", "apply", "--plan", "20261202-091500-terraform-plan", "--env", "production").run()
                .orElseThrow().plan()).contains("20261202-091500-terraform-plan");
    }
}
