package io.triptych.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Docker engines as the docker CLI knows them: {@code DOCKER_HOST} (with DOCKER_TLS_VERIFY / DOCKER_CERT_PATH),
 * the CLI's contexts ({@code ~/.docker/contexts/meta/}{@code *}{@code /meta.json}, their TLS files under
 * {@code contexts/tls/}), and the local socket. ssh:// engines are noted, not offered: Triptych does not speak ssh.
 */
final class DockerFinder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TLS_FILES = List.of("ca.pem", "cert.pem", "key.pem");

    private DockerFinder() {
    }

    static List<Found.Docker> find(Machine m, Discovered.Builder out) {
        List<Found.Docker> found = new ArrayList<>();
        String host = m.env().getOrDefault("DOCKER_HOST", "").strip();
        if (!host.isEmpty()) {
            boolean tls = !m.env().getOrDefault("DOCKER_TLS_VERIFY", "").isBlank();
            Path certs = m.env().containsKey("DOCKER_CERT_PATH") ? m.path(m.env().get("DOCKER_CERT_PATH"))
                    : dockerConfig(m);
            offer(found, out, new Found.Docker("docker-host", host, tls ? Optional.of(certs) : Optional.empty(),
                    Optional.empty(), "DOCKER_HOST"));
        }
        Path meta = dockerConfig(m).resolve("contexts").resolve("meta");
        if (Files.isDirectory(meta)) {
            try (Stream<Path> dirs = Files.list(meta)) {
                dirs.sorted().forEach(dir -> context(m, dir, out).ifPresent(d -> offer(found, out, d)));
            } catch (IOException e) {
                out.notes.add(m.show(meta) + ": cannot list the Docker contexts (" + e.getMessage() + ")");
            }
        }
        Path socket = m.rooted("/var/run/docker.sock");
        if (Files.exists(socket) && found.stream().noneMatch(d -> d.host().equals("unix:///var/run/docker.sock"))) {
            offer(found, out, new Found.Docker("local", "unix:///var/run/docker.sock", Optional.empty(),
                    Optional.empty(), "/var/run/docker.sock"));
        }
        return found;
    }

    private static void offer(List<Found.Docker> found, Discovered.Builder out, Found.Docker d) {
        if (d.host().startsWith("ssh://")) {
            out.notes.add("docker:" + d.name() + " (" + d.host() + ", " + d.origin() + "): ssh:// engines are not"
                    + " supported; expose the engine over tcp:// with TLS to watch it");
        } else {
            found.add(d);
        }
    }

    /** $DOCKER_CONFIG, else ~/.docker. */
    private static Path dockerConfig(Machine m) {
        String dc = m.env().getOrDefault("DOCKER_CONFIG", "").strip();
        return dc.isEmpty() ? m.home().resolve(".docker") : m.path(dc);
    }

    private static Optional<Found.Docker> context(Machine m, Path dir, Discovered.Builder out) {
        Path file = dir.resolve("meta.json");
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1024 * 1024) {
                return Optional.empty();
            }
            JsonNode root = JSON.readTree(file.toFile());
            String name = root.path("Name").asText("");
            String host = root.path("Endpoints").path("docker").path("Host").asText("");
            if (name.isEmpty() || host.isEmpty()) {
                return Optional.empty();
            }
            Path tls = dir.getParent().getParent().resolve("tls").resolve(dir.getFileName()).resolve("docker");
            boolean hasTls = TLS_FILES.stream().allMatch(f -> Files.isRegularFile(tls.resolve(f)));
            return Optional.of(new Found.Docker(name, host, hasTls ? Optional.of(tls) : Optional.empty(),
                    Optional.empty(), m.show(file)));
        } catch (IOException | RuntimeException e) {
            out.notes.add(m.show(file) + ": not a Docker context file; skipped");
            return Optional.empty();
        }
    }
}
