package io.triptych.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.domain.Severity;
import io.triptych.domain.Volume;
import io.triptych.history.Transition;
import io.triptych.mask.Masker;
import io.triptych.triage.Acknowledgement;
import io.triptych.triage.DriftTable;
import io.triptych.triage.Finding;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.TrackedProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Environment PP = new Environment("preproduction", "Pre-production", "", false);
    private static final Environment PROD = new Environment("production", "Production", "", true);
    private static final Pattern IPV4 = Pattern.compile("\\b(?!0\\.0\\.0\\.0/0)\\d{1,3}(\\.\\d{1,3}){3}\\b");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "zh"})
    void reportInEachLanguageHasEveryTextTranslated(String lang) {
        String html = render(lang, false);

        assertThat(html).doesNotContain("⟦", "problem.", "report.", "drift.kind", "severity.", "health.");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + lang + "\">");
    }

    @Test
    void frenchAndChineseReportsAreActuallyInTheirLanguage() {
        assertThat(render("fr", false)).contains("Problèmes", "Écarts entre environnements");
        assertThat(render("zh", false)).contains("问题", "环境之间的差异");
    }

    @Test
    void reportIsSelfContainedWithNoScriptAndNoExternalAsset() {
        String html = render("en", false);

        assertThat(html).doesNotContainPattern("(?i)<script|<link|<img|src=|url\\(|@import");
        assertThat(html).contains("<style>");
    }

    @Test
    void textFromTheBackendsIsEscaped() {
        assertThat(render("en", false)).contains("web&lt;script&gt;").doesNotContain("web<script>");
    }

    @Test
    void maskedReportShowsNoAddressAndNoIdentifier() {
        String plain = render("en", false);
        String masked = render("en", true);

        assertThat(IPV4.matcher(plain).find()).as("the fixture has addresses to hide").isTrue();
        assertThat(IPV4.matcher(masked).find()).as("an IPv4 address left in:%n%s", masked).isFalse();
        assertThat(UUID.matcher(masked).find()).isFalse();
        assertThat(masked).doesNotContain("2001:db8", "db-01.fsgs.example.org");
    }

    private static String render(String lang, boolean masked) {
        ReportText t = new ReportText(MessageLookup.bundle(Locale.forLanguageTag(lang)),
                masked ? Masker::mask : s -> s);
        return ReportHtml.render(data(), t, lang, masked);
    }

    /** Every rule's message, drift on each kind, a change of each side: all the report's words. */
    static ReportData data() {
        List<TrackedProblem> problems = new ArrayList<>();
        Object[][] rules = {
            {"source.unreachable", List.of("connection refused 198.51.100.9:5000")}, {"source.stale", List.of(12L)},
            {"server.error", List.of("ERROR")}, {"server.errorFault", List.of("ERROR", "No valid host")},
            {"server.shutoff", List.of("expected_state")}, {"volume.error", List.of("error")},
            {"volume.stuck", List.of("attaching", 14L)}, {"securityGroup.open", List.of("22", "0.0.0.0/0")},
            {"service.down", List.of(3)}, {"service.degraded", List.of(1, 2, ": x failed")},
            {"service.failing", List.of(": x failed")}, {"service.restarting", List.of("x", 7)},
            {"pipeline.failed", List.of("develop")}, {"drift.drifted", List.of(2)}, {"drift.failed", List.of("no")}};
        for (Object[] r : rules) {
            @SuppressWarnings("unchecked") List<Object> args = (List<Object>) r[1];
            problems.add(new TrackedProblem("production", new Finding((String) r[0], Severity.WARNING,
                    SectionKind.SERVERS, "028d223f-a015-3116-b6cc-fd8e812582a8", "web<script>", args), T0, null));
        }
        problems.add(new TrackedProblem("preproduction", new Finding("source.unreachable", Severity.WARNING,
                SectionKind.SERVICES, "", "services", List.of("timeout")), T0, new Acknowledgement("on it", T0)));
        List<EnvironmentSnapshot> envs = List.of(env(PP, "4.3.0", "192.0.2.20"), env(PROD, "4.2.1", "2001:db8::20"));
        List<Transition> changes = List.of(
                new Transition(T0, "production", "servers", "db-01.fsgs.example.org", "k", "BUILD", "ACTIVE"),
                new Transition(T0, "production", "runs", "terraform apply", "r", "", "succeeded"),
                new Transition(T0, "preproduction", "volumes", "vol-pp-scratch", "v", "in-use", ""));
        return new ReportData("SVOM <demo>", true, T0, envs, problems,
                DriftTable.differences(DriftTable.compare(envs), List.of(PP, PROD)), changes);
    }

    private static EnvironmentSnapshot env(Environment e, String tag, String address) {
        Server s = new Server(e.id() + "-db", "fsgs-db-01", "ACTIVE", e == PP ? "m1.large" : "r1.xlarge", "",
                List.of(address), "", T0, Map.of("ansible_group", "db"));
        Service svc = new Service("sdb_api", ServiceKind.SWARM, "sdb", "registry.example.org/sdb-api:" + tag, 1, 1,
                List.of(new Replica("r", "running", "n", 0, "", T0)));
        List<Rule> rules = e == PP ? List.of(new Rule("ingress", "IPv4", "tcp", 22, 22, "198.51.100.0/26"))
                : List.of();
        return new EnvironmentSnapshot(e, Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(s), T0),
                Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(), T0),
                Section.<SecurityGroup>loading(SectionKind.SECURITY_GROUPS)
                        .succeeded(List.of(new SecurityGroup("g", "sg-ssh", "", rules)), T0),
                Section.<Service>loading(SectionKind.SERVICES).succeeded(List.of(svc), T0),
                Section.<Pipeline>loading(SectionKind.PIPELINES).succeeded(List.of(), T0), List.of(),
                e == PP ? Health.OK : Health.DEGRADED, T0.plus(Duration.ZERO));
    }
}
