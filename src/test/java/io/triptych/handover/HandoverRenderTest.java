package io.triptych.handover;

import static io.triptych.handover.HandoverFixture.ENV_SECRET;
import static io.triptych.handover.HandoverFixture.NOW;
import static io.triptych.handover.HandoverFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.SecretMasker;
import io.triptych.triage.MessageLookup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The handover's content in three languages, as Markdown and HTML: escaped, masked, the period's only. */
class HandoverRenderTest {
    @TempDir
    Path dir;

    private HandoverData data(boolean team) throws Exception {
        HandoverBuilder builder = new HandoverBuilder(Optional.of(HandoverFixture.history(dir)),
                Optional.of(HandoverFixture.runs(dir)),
                team ? Optional.of(new HandoverFixture.Tracker()) : Optional.empty());
        return builder.build("SVOM FSGS", false, NOW, Duration.ofHours(12), HandoverFixture.environments(),
                HandoverFixture.problems());
    }

    private static HandoverText text(String lang, boolean privacy) {
        return new HandoverText(MessageLookup.bundle(Locale.forLanguageTag(lang)), HandoverText.mask(
                SecretMasker.forEnvironment(HandoverFixture.environmentVariables(), List.of()), privacy), privacy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "zh"})
    void everyWordIsTranslatedInBothForms(String lang) throws Exception {
        HandoverData d = data(true);
        String md = HandoverMarkdown.render(d, text(lang, false));
        String html = HandoverHtml.render(d, text(lang, false), lang);

        for (String out : List.of(md, html)) {
            assertThat(out).doesNotContain("⟦", "handover.", "runs.action", "runs.state", "health.", "history.col");
        }
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + lang + "\">", "<style>")
                .doesNotContainPattern("(?i)<script|<link|<img|src=|url\\(|@import");
    }

    @Test
    void englishTeamHandoverSaysIncidentsAcknowledgementsRunsChangesAndHealth() throws Exception {
        String md = HandoverMarkdown.render(data(true), text("en", false));

        assertThat(md).startsWith("# Handover — SVOM FSGS")
                .contains("Period: last 12h, from 2026-12-01 15:45 UTC (Paris 16:45, Beijing 23:45) to"
                        + " 2026-12-02 03:45 UTC (Paris 04:45, Beijing 11:45)")
                .contains("## Open incidents (2)", "\\[Production\\] prod-db-01: server is ERROR",
                        "(https://gitlab.example.org/ops/team/-/issues/41)", "by li.wei, 2026-12-02 02:55 UTC",
                        "(https://gitlab.example.org/ops/team/-/issues/41#note_7)", "Not acknowledged")
                .doesNotContain("closed one")
                .contains("## Runs made (1)", "Terraform apply", "camille", "Failed")
                .doesNotContain("old-plan")
                .contains("## What changed (2)", "### Production (1)", "ACTIVE → ERROR", "### Pre-production (1)")
                .doesNotContain("old-change")
                .contains("**Production**: Degraded — 1 open problem, 1 acknowledged");
    }

    @Test
    void withoutATeamTrackerTheConsolesOwnProblemsAreListedWithTheirAcknowledgements() throws Exception {
        String md = HandoverMarkdown.render(data(false), text("en", false));

        assertThat(md).contains("## Open and acknowledged problems (2)", "prod-db-01\\<script\\>",
                "by camille, 2026-12-02 02:45 UTC (Paris 03:45, Beijing 10:45) — retrying",
                "(https://gitlab.example.org/ops/team/-/issues/43#note_9)")
                .doesNotContain("Open incidents");
    }

    @Test
    void aTrackerThatCannotBeReadIsSaidAndTheConsolesProblemsStandIn() throws Exception {
        HandoverFixture.Tracker tracker = new HandoverFixture.Tracker();
        tracker.failure = "GitLab refused the token (401): check TEAM_GITLAB_TOKEN";
        HandoverData d = new HandoverBuilder(Optional.empty(), Optional.empty(), Optional.of(tracker))
                .build("S", false, NOW, Duration.ofHours(12), HandoverFixture.environments(),
                        HandoverFixture.problems());

        assertThat(HandoverMarkdown.render(d, text("en", false)))
                .contains("The team tracker could not be read (GitLab refused the token (401)",
                        "## Open and acknowledged problems (2)");
    }

    @Test
    void frenchAndChineseAreInTheirLanguageWithParisAndBeijingTimes() throws Exception {
        HandoverData d = data(true);

        assertThat(HandoverHtml.render(d, text("fr", false), "fr")).contains("Passation — SVOM FSGS",
                "Incidents ouverts (2)", "Exécutions (1)", "Ce qui a changé (2)",
                "2026-12-02 03:45 UTC (Paris 04:45, Pékin 11:45)", "Non pris en compte");
        assertThat(HandoverMarkdown.render(d, text("zh", false))).contains("交接班 — SVOM FSGS", "未关闭的事件（2）",
                "执行记录（1）", "2026-12-02 03:45 UTC（巴黎 04:45，北京 11:45）", "未确认");
    }

    @Test
    void htmlEscapesOutsideTextAndLinksOnlyWebAddresses() throws Exception {
        String html = HandoverHtml.render(data(false), text("en", false), "en");

        assertThat(html).contains("prod-db-01&lt;script&gt;").doesNotContain("prod-db-01<script>")
                .contains("pp-api&lt;b&gt;");
        String team = HandoverHtml.render(data(true), text("en", false), "en");
        assertThat(team).contains("<a href=\"https://gitlab.example.org/ops/team/-/issues/41\">")
                .doesNotContain("href=\"javascript");
    }

    @Test
    void markdownEscapesWhatCouldOpenALinkACellOrHtml() throws Exception {
        String md = HandoverMarkdown.render(data(true), text("en", false));

        assertThat(md).contains("\\[it\\](javascript:alert(1))").doesNotContain("[it](javascript")
                .contains("0/1 \\| running").contains("pp-api\\<b\\>");
    }

    @Test
    void noTokenOrSecretInEitherFormEvenWithThePrivacyMaskOff() throws Exception {
        for (boolean team : new boolean[] {true, false}) {
            HandoverData d = data(team);
            String md = HandoverMarkdown.render(d, text("en", false));
            String html = HandoverHtml.render(d, text("en", false), "en");
            for (String out : List.of(md, html)) {
                assertThat(out).doesNotContain(TOKEN, ENV_SECRET, "Xy7Qe9Rt5Uv3Wz1Ab2Cd");
            }
        }
    }

    @Test
    void privacyMaskHidesHostsAndDropsLinks() throws Exception {
        String md = HandoverMarkdown.render(data(true), text("en", true));

        assertThat(md).contains("Privacy mask on").doesNotContain("gitlab.example.org", "](http");
    }

    @Test
    void periodsAreMinutesHoursOrDaysUpToFourteenDays() {
        assertThat(Period.parse("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(Period.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Period.parse(" 2D ")).isEqualTo(Duration.ofDays(2));
        assertThat(Period.format(Duration.ofHours(12))).isEqualTo("12h");
        assertThat(Period.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(Period.format(Duration.ofDays(2))).isEqualTo("2d");
        for (String bad : List.of("12", "0h", "15d", "1w", "h", "-1h", "")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1m to 14d");
        }
    }
}
