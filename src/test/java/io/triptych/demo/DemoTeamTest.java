package io.triptych.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Severity;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.team.IncidentRequest;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import io.triptych.testing.MutableClock;
import io.triptych.triage.TrackedProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class DemoTeamTest {
    private final MutableClock clock = new MutableClock();
    private final DemoWorld world = new DemoWorld(2026, clock, 1);
    private final DemoTeam team = new DemoTeam(world);

    private TeamIncident open(String key) {
        return team.openIncidents().stream().filter(i -> i.problemKey().equals(key)).findFirst().orElseThrow();
    }

    private static IncidentRequest request(String key) {
        return new IncidentRequest(key, "preproduction", "Pre-production", Severity.WARNING, "infra/ansible-fsgs #48166",
                "pipeline failed on main", List.of("status: failed"), List.of("pipeline: https://gitlab.example.org/x"));
    }

    @Test
    void liWeiOpensTheWorkerIncidentThenAcknowledgesItFromBeijing() {
        assertThat(team.openIncidents()).isEmpty();

        clock.at(6);
        TeamIncident opened = open(DemoTeamScript.WORKER_IN_ERROR);
        assertThat(opened.title()).isEqualTo("DEMO [Pre-production] fsgs-pp-swarm-wrk-03: server is ERROR");
        assertThat(opened.url()).isEqualTo("https://gitlab.example.org/svom/fsc/ops-incidents/-/issues/"
                + opened.number());
        assertThat(opened.open()).isTrue();
        assertThat(opened.acknowledged()).isNull();

        clock.at(30);
        TeamIncident acked = open(DemoTeamScript.WORKER_IN_ERROR);
        assertThat(acked.number()).isEqualTo(opened.number());
        assertThat(acked.acknowledged().by()).isEqualTo("li.wei@svom-cn");
        assertThat(acked.acknowledged().at()).isEqualTo(MutableClock.T0.plusSeconds(30));
        assertThat(acked.acknowledged().note()).contains("CC-IN2P3").contains("等待重建");
        assertThat(acked.acknowledged().url()).isEqualTo(opened.url());
    }

    @Test
    void anneAcknowledgesTheFailedPipelineInFrench() {
        clock.at(12);
        TeamIncident ecpi = open(DemoTeamScript.FAILED_ECPI);
        assertThat(ecpi.acknowledged().by()).isEqualTo("anne@svom-fr");
        assertThat(ecpi.acknowledged().note()).isEqualTo("Tests rouges depuis la montée de numpy, correctif en revue");
    }

    @Test
    void theVtacIncidentOpensIsAcknowledgedAndClosesWhenItClearsEveryCycle() {
        clock.at(25);
        assertThat(team.openIncidents()).noneMatch(i -> i.problemKey().equals(DemoTeamScript.VTAC_DEGRADED));
        clock.at(26);
        TeamIncident first = open(DemoTeamScript.VTAC_DEGRADED);
        assertThat(first.acknowledged()).isNull();
        clock.at(40);
        assertThat(open(DemoTeamScript.VTAC_DEGRADED).acknowledged().by()).isEqualTo("li.wei@svom-cn");

        clock.at(62);
        assertThat(team.openIncidents()).noneMatch(i -> i.problemKey().equals(DemoTeamScript.VTAC_DEGRADED));
        assertThat(team.notes(first.number())).last().asString().isEqualTo("cleared at 10:01:02 UTC");

        clock.at(120 + 26);
        TeamIncident second = open(DemoTeamScript.VTAC_DEGRADED);
        assertThat(second.number()).isNotEqualTo(first.number());
        assertThat(second.acknowledged()).as("a new incident, nobody on it yet").isNull();
    }

    @Test
    void openingFromTheWindowMakesOneDemoIncidentPerProblem() throws TeamException {
        String key = "preproduction|pipeline.failed|pipelines|infra/ansible-fsgs#48166";
        clock.at(3);
        TeamIncident mine = team.findOrOpen(request(key));
        assertThat(mine.title()).isEqualTo("DEMO [Pre-production] infra/ansible-fsgs #48166: pipeline failed on main");
        assertThat(mine.url()).startsWith("https://gitlab.example.org/").endsWith("/" + mine.number());
        assertThat(mine.openedAt()).isEqualTo(MutableClock.T0.plusSeconds(3));

        assertThat(team.findOrOpen(request(key)).number()).as("a second console finds the same one")
                .isEqualTo(mine.number());
        assertThat(team.openIncidents()).filteredOn(i -> i.problemKey().equals(key)).hasSize(1);

        clock.at(31); // Li Wei's is open by then: opening it from the window finds hers
        assertThat(team.findOrOpen(request(DemoTeamScript.WORKER_IN_ERROR)).acknowledged().by())
                .isEqualTo("li.wei@svom-cn");
    }

    @Test
    void acknowledgingFromTheWindowIsAsThisConsolesUserAndWithdrawable() throws TeamException {
        TeamIncident mine = team.findOrOpen(request("integration|pipeline.failed|pipelines|x#1"));
        clock.at(4);
        TeamIncident acked = team.acknowledge(mine, "looking");
        assertThat(acked.acknowledged()).satisfies(a -> {
            assertThat(a.by()).isEqualTo(team.me()).isEqualTo("ops-oncall@svom-fr");
            assertThat(a.note()).isEqualTo("looking");
            assertThat(a.at()).isEqualTo(MutableClock.T0.plusSeconds(4));
        });
        assertThat(team.unacknowledge(acked).acknowledged()).isNull();
        assertThat(team.openIncidents()).filteredOn(i -> i.number() == mine.number()).singleElement()
                .satisfies(i -> assertThat(i.acknowledged()).isNull());
        assertThat(team.notes(mine.number())).containsExactly("ops-oncall@svom-fr: opened",
                "acknowledged by ops-oncall@svom-fr: looking", "ops-oncall@svom-fr: acknowledgement withdrawn");
    }

    @Test
    void clearedClosesOnlyWhenTheSiteSaysSo() throws TeamException {
        TeamIncident mine = team.findOrOpen(request("integration|pipeline.failed|pipelines|x#1"));
        team.cleared(mine, Instant.parse("2026-11-25T10:05:00Z"), false);
        assertThat(team.openIncidents()).anyMatch(i -> i.number() == mine.number());
        team.acknowledge(mine, "back again");
        team.cleared(mine, Instant.parse("2026-11-25T10:06:00Z"), true);
        team.cleared(mine, Instant.parse("2026-11-25T10:06:01Z"), true); // a second console saw the same clear
        assertThat(team.openIncidents()).noneMatch(i -> i.number() == mine.number());
        assertThat(team.notes(mine.number())).filteredOn(n -> n.startsWith("cleared at"))
                .containsExactly("cleared at 10:05:00 UTC", "cleared at 10:06:00 UTC");
    }

    @Test
    void anUnknownIncidentIsRefusedInOneLine() {
        TeamIncident stranger = new TeamIncident("k", 9, "t", "u", "opened", Instant.EPOCH, null);
        assertThatThrownBy(() -> team.acknowledge(stranger, "x")).isInstanceOf(TeamException.class)
                .hasMessage("no demo incident #9");
    }

    @Test
    void sameClockReadingsGiveTheSameIncidents() {
        DemoTeam other = new DemoTeam(new DemoWorld(7, clock, 1));
        for (int t = 0; t <= 300; t += 7) {
            clock.at(t);
            assertThat(other.openIncidents()).isEqualTo(team.openIncidents());
        }
    }

    @Test
    void theScriptedIncidentsAreProblemsTheConsoleReallySees() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (LiveSite live = new LiveSite(DemoSite.of(world), new LiveSettings(clock, Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofSeconds(30)), scheduler, Runnable::run)) {
            clock.at(40);
            live.fetchOnce(Duration.ofSeconds(30));
            List<String> keys = live.problems().stream().map(TrackedProblem::key).toList();
            assertThat(team.openIncidents()).extracting(TeamIncident::problemKey).hasSize(3).allMatch(keys::contains);
        } finally {
            scheduler.shutdownNow();
        }
    }
}
