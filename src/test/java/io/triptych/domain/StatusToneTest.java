package io.triptych.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each backend's status words, read as the five tones the UI shows. */
class StatusToneTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @ParameterizedTest(name = "server {0} reads {1}")
    @CsvSource({
            "ACTIVE, GOOD", "active, GOOD",
            "ERROR, BAD", "DELETED, BAD", "UNKNOWN, BAD",
            "SHUTOFF, IDLE", "SUSPENDED, IDLE", "PAUSED, IDLE", "SHELVED, IDLE", "SHELVED_OFFLOADED, IDLE",
            "STOPPED, IDLE",
            "BUILD, BUSY", "REBOOT, BUSY", "HARD_REBOOT, BUSY", "RESIZE, BUSY", "VERIFY_RESIZE, BUSY",
            "MIGRATING, BUSY", "REBUILD, BUSY"})
    void serverStatusReadsAsItsTone(String status, Tone tone) {
        assertThat(server(status).tone()).isEqualTo(tone);
    }

    @ParameterizedTest(name = "volume {0} reads {1}")
    @CsvSource({
            "in-use, GOOD", "available, IDLE",
            "error, BAD", "error_deleting, BAD", "error_restoring, BAD", "error_extending, BAD",
            "creating, BUSY", "attaching, BUSY", "detaching, BUSY", "deleting, BUSY", "extending, BUSY"})
    void volumeStatusReadsAsItsTone(String status, Tone tone) {
        assertThat(volume(status).tone()).isEqualTo(tone);
    }

    @ParameterizedTest(name = "replica {0} reads {1}")
    @CsvSource({
            "running, GOOD", "Running, GOOD",
            "CrashLoopBackOff, BAD", "failed, BAD", "Error, BAD", "ImagePullBackOff, BAD", "ErrImagePull, BAD",
            "rejected, BAD", "OOMKilled, BAD",
            "shutdown, IDLE", "complete, IDLE", "Succeeded, IDLE",
            "new, BUSY", "pending, BUSY", "assigned, BUSY", "preparing, BUSY", "starting, BUSY",
            "ContainerCreating, BUSY", "Terminating, BUSY"})
    void replicaStateReadsAsItsTone(String state, Tone tone) {
        assertThat(replica(state).tone()).isEqualTo(tone);
    }

    @ParameterizedTest(name = "pipeline {0} reads {1}")
    @CsvSource({
            "success, GOOD", "failed, BAD",
            "running, BUSY", "pending, BUSY", "preparing, BUSY", "waiting_for_resource, BUSY", "created, BUSY",
            "scheduled, BUSY",
            "manual, WARN", "canceled, WARN", "canceling, WARN",
            "skipped, IDLE"})
    void pipelineStatusReadsAsItsTone(String status, Tone tone) {
        assertThat(pipeline(status).tone()).isEqualTo(tone);
        assertThat(new Job(1, "build", "build", status, null, false, false).tone()).isEqualTo(tone);
    }

    @Test
    void serviceScaledToZeroIsIdleEvenWithNothingRunning() {
        assertThat(service(0, 0).tone()).isEqualTo(Tone.IDLE);
    }

    @Test
    void serviceWithNothingRunningIsBad() {
        assertThat(service(3, 0).tone()).isEqualTo(Tone.BAD);
    }

    @Test
    void serviceBelowItsDesiredReplicasNeedsALook() {
        assertThat(service(3, 2).tone()).isEqualTo(Tone.WARN);
    }

    @Test
    void serviceWithEveryReplicaRunningIsGood() {
        assertThat(service(2, 2).tone()).isEqualTo(Tone.GOOD);
    }

    @Test
    void serviceRunningMoreThanDesiredIsRollingAndBusy() {
        assertThat(service(2, 3).tone()).isEqualTo(Tone.BUSY);
    }

    @Test
    void serviceWithACrashLoopingReplicaNeedsALookEvenWhenCountsMatch() {
        Service s = new Service("api", ServiceKind.DEPLOYMENT, "web", "registry.example.org/api:1.0", 2, 2,
                List.of(replica("running"), replica("CrashLoopBackOff")));

        assertThat(s.tone()).isEqualTo(Tone.WARN);
    }

    @Test
    void serviceWithNothingRunningStaysBadWhenAReplicaAlsoFails() {
        Service s = new Service("api", ServiceKind.SWARM, "web", "registry.example.org/api:1.0", 2, 0,
                List.of(replica("failed")));

        assertThat(s.tone()).isEqualTo(Tone.BAD);
    }

    @Test
    void toneDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(server("active").tone()).isEqualTo(Tone.GOOD);
            assertThat(volume("IN-USE").tone()).isEqualTo(Tone.GOOD);
        } finally {
            Locale.setDefault(before);
        }
    }

    static Server server(String status) {
        return new Server("id-1", "web-01", status, "m1.small", "AlmaLinux-9.4-x86_64", List.of(), null, T0,
                Map.of());
    }

    static Volume volume(String status) {
        return new Volume("vol-1", "pgdata", status, 100, "ssd", List.of(), T0);
    }

    static Replica replica(String state) {
        return new Replica("api.1", state, "node-1", 0, null, T0);
    }

    static Pipeline pipeline(String status) {
        return new Pipeline("group/api", 100, "develop", status, T0, "https://gitlab.example.org/p/100",
                "0123456789abcdef", "Fix", "dev", "push", Duration.ofMinutes(1), List.of());
    }

    static Service service(int desired, int running) {
        return new Service("api", ServiceKind.SWARM, "stack", "registry.example.org/api:1.0", desired, running,
                List.of());
    }
}
