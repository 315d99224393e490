package io.triptych.swarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.DockerException;
import io.triptych.config.SwarmConfig;
import io.triptych.testing.docker.PrivateDockerd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lost or misconfigured engine is one line naming it; the next call works again once it is back. */
class SwarmFailureTest {
    @TempDir
    Path dir;

    private static SwarmServiceSource at(String host) {
        return new SwarmServiceSource(new SwarmConfig(Optional.of(host), false, Optional.empty(), List.of()));
    }

    @Test
    void aClosedSourceRefusesCallsInOneLineInsteadOfOpeningANewClient() {
        String host = "unix://" + dir.resolve("docker.sock");
        SwarmServiceSource source = at(host);
        assertThatThrownBy(source::services).hasMessageContaining("not reachable"); // its clients now exist

        source.close();
        source.close(); // a second close is harmless

        assertThatThrownBy(source::services).isInstanceOf(SwarmException.class)
                .hasMessage("the connection to the Docker engine is closed");
    }

    @Test
    void aSocketWithNoEngineGivesOneLineNamingIt() {
        String host = "unix://" + dir.resolve("docker.sock");

        assertThatThrownBy(() -> at(host).services()).isInstanceOf(SwarmException.class)
                .hasMessage("Docker engine not reachable at " + host + " (No such file or directory)");
    }

    @Test
    void theNextCallWorksOnceTheEngineIsBack() throws Exception {
        PrivateDockerd engine = PrivateDockerd.get();
        Path link = dir.resolve("docker.sock");
        SwarmServiceSource source = at("unix://" + link);
        assertThatThrownBy(source::services).hasMessageContaining("not reachable");

        Files.createSymbolicLink(link, Path.of(engine.host().substring("unix://".length())));

        assertThat(source.services()).isNotNull();
        assertThat(source.nodes()).hasSize(1);
        Files.delete(link);
    }

    @Test
    void aCertPathWithoutTheKeyNamesTheMissingFile() throws Exception {
        Files.writeString(dir.resolve("ca.pem"), "x");
        Files.writeString(dir.resolve("cert.pem"), "x");
        SwarmServiceSource source = new SwarmServiceSource(new SwarmConfig(Optional.of("tcp://127.0.0.1:2376"), true,
                Optional.of(dir), List.of()));

        assertThatThrownBy(source::services).isInstanceOf(SwarmException.class)
                .hasMessage("TLS problem: cannot read " + dir.resolve("key.pem")
                        + " (cert-path must hold ca.pem, cert.pem and key.pem)");
    }

    @Test
    void anEngineOutsideASwarmSaysItIsNotAManager() {
        DockerException e = new DockerException("Status 503: {\"message\":\"This node is not a swarm manager. Use "
                + "\\\"docker swarm init\\\" or \\\"docker swarm join\\\" to connect this node to swarm and try again.\"}\n", 503);

        assertThat(Failure.of(e, "unix:///var/run/docker.sock", Optional.empty()).getMessage())
                .isEqualTo("Docker at unix:///var/run/docker.sock: this node is not a swarm manager"
                        + " (point 'host' at a manager node)");
    }

    @Test
    void aPermissionDeniedSocketSaysWhatToDo() {
        RuntimeException e = new RuntimeException(new java.io.IOException("[13] Permission denied"));

        assertThat(Failure.of(e, "unix:///var/run/docker.sock", Optional.empty()).getMessage())
                .startsWith("permission denied on the Docker socket unix:///var/run/docker.sock: ");
    }

    @Test
    void anyOtherEngineAnswerKeepsItsOwnMessage() {
        DockerException e = new DockerException("Status 500: {\"message\":\"rpc error: code = Unknown\"}", 500);

        assertThat(Failure.of(e, "tcp://m1:2376", Optional.empty()).getMessage())
                .isEqualTo("Docker at tcp://m1:2376 answered 500: rpc error: code = Unknown");
    }
}
