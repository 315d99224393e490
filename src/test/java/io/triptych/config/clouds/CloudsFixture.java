package io.triptych.config.clouds;

import io.triptych.config.ConfigException;
import io.triptych.config.FilePosition;
import io.triptych.config.OpenStackConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A home, a current folder and an /etc in a temporary folder, with the environment a test sets. */
final class CloudsFixture {
    final Path home;
    final Path cwd;
    final Path etc;
    final Map<String, String> env = new HashMap<>();

    CloudsFixture(Path root) {
        home = mkdirs(root.resolve("home/op"));
        cwd = mkdirs(root.resolve("work"));
        etc = mkdirs(root.resolve("etc"));
    }

    Path userClouds() {
        return home.resolve(".config/openstack/clouds.yaml");
    }

    Path userSecure() {
        return home.resolve(".config/openstack/secure.yaml");
    }

    Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture of src/test/resources/clouds/ to {@code file}. */
    Path copy(String resource, Path file) {
        try (InputStream in = getClass().getResourceAsStream("/clouds/" + resource)) {
            Files.createDirectories(file.getParent());
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CloudsSearch search() {
        return new CloudsSearch(env, home, cwd, etc);
    }

    CloudResolver resolver() {
        return new CloudResolver(search(), env);
    }

    static OpenStackConfig cloud(String name) {
        return new OpenStackConfig(name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** As if read from a site file, with {@code cloud:} at line 7, column 14. */
    static OpenStackConfig fromSite(String name, Optional<Path> cloudsFile, Optional<String> region,
                                    Optional<Duration> connect, Optional<Duration> read) {
        return new OpenStackConfig(name, cloudsFile, Optional.empty(), region, connect, read,
                Optional.of(new FilePosition(Path.of("/srv/site.yaml"), 7, 14)));
    }

    CloudCredentials resolve(String name) throws ConfigException {
        return resolver().resolve(cloud(name));
    }

    List<String> problems(OpenStackConfig config) {
        return resolver().problems(config);
    }

    List<String> problems(String name) {
        return problems(cloud(name));
    }

    private static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
