package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker over tcp:// is refused in plain text unless the swarm block says tls: false. */
class SwarmTlsTest {
    @TempDir
    Path dir;

    private SiteConfig read(String swarm) throws Exception {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, "site: S\nenvironments:\n  - id: int\n    name: Int\n    swarm:\n" + swarm,
                StandardCharsets.UTF_8);
        return new SiteFileReader(dir).read(file);
    }

    private List<String> problems(String swarm) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> read(swarm));
        assertThat(e).as("the file is refused").isNotNull();
        return e.problems();
    }

    @Test
    void plainTcpIsRefusedAtTheHostSayingWhatToAdd() {
        assertThat(problems("      host: tcp://127.0.0.1:2375\n")).containsExactly(dir.resolve("site.yaml")
                + ":6:13: 'host' tcp://127.0.0.1:2375 has no TLS: Docker API calls would travel in plain text"
                + " — add tls-verify: true and cert-path: FOLDER (ca.pem, cert.pem, key.pem),"
                + " or tls: false under swarm: to accept plain TCP");
    }

    @Test
    void tlsTrueWithoutCertificatesStillMeansTls() throws Exception {
        SwarmConfig swarm = read("      host: tcp://m1:2376\n      tls: true\n").environments().get(0).swarm()
                .orElseThrow();
        assertThat(swarm.tlsVerify()).isTrue();
        assertThat(swarm.plainTcp()).isFalse();
    }

    @Test
    void tlsFalseAcceptsPlainTcpAndMarksIt() throws Exception {
        SwarmConfig swarm = read("      host: tcp://127.0.0.1:2375\n      tls: false\n").environments().get(0)
                .swarm().orElseThrow();
        assertThat(swarm.plainTcp()).isTrue();
        assertThat(swarm.tlsVerify()).isFalse();
    }

    @Test
    void tlsFalseBesideCertificatesIsAContradiction() {
        assertThat(problems("      host: tcp://m1:2376\n      tls: false\n      tls-verify: true\n"))
                .containsExactly(dir.resolve("site.yaml") + ":7:12: 'tls: false' contradicts tls-verify and"
                        + " cert-path — remove tls: false to talk TLS, or remove tls-verify and cert-path");
    }

    @Test
    void tlsAndASocketOrTlsVerifyNeedNothingMore() throws Exception {
        assertThat(read("      host: unix:///var/run/docker.sock\n").environments()).hasSize(1);
        assertThat(read("      host: tcp://m1:2376\n      tls-verify: true\n").environments().get(0).swarm()
                .orElseThrow().plainTcp()).isFalse();
        assertThat(read("      host: tcp://m1:2376\n      cert-path: ./certs\n").environments()).hasSize(1);
    }
}
