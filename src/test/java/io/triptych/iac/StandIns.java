package io.triptych.iac;

import io.triptych.config.AnsibleConfig;
import io.triptych.config.TerraformConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A temporary world for runs: data and lock folders, the stand-in terraform on a private PATH, a work folder. */
final class StandIns {
    final Path root;
    final Path bin;
    final Path work;
    final IacPaths paths;
    final RunServices services;

    StandIns(Path root) throws IOException {
        this.root = root;
        bin = Files.createDirectories(root.resolve("bin"));
        work = Files.createDirectories(root.resolve("work"));
        paths = new IacPaths(root.resolve("data"), root.resolve("locks"));
        // The stand-in stops on SIGINT; the grace period only bounds a broken stand-in. A short one failed
        // under load: `kill -INT` itself took over 5 s to start, so the run was terminated, not interrupted.
        services = RunServices.at(paths, Clock.systemUTC(), new CancelPolicy(Duration.ofSeconds(90),
                Duration.ofSeconds(10)));
        install("terraform");
    }

    /** Copies a script from test resources and makes it executable (resources lose their mode bits). */
    Path install(String name) throws IOException {
        Path target = bin.resolve(name);
        try (InputStream in = StandIns.class.getResourceAsStream("/iac/bin/" + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        return target;
    }

    IacTarget terraform(Map<String, String> env, List<String> secrets) {
        return terraform(env, secrets, Optional.empty());
    }

    /** With the site file's {@code lock-timeout}. */
    IacTarget terraform(Map<String, String> env, List<String> secrets, Optional<Duration> lockTimeout) {
        return new IacTarget("preproduction", Optional.of(new TerraformConfig(work, Optional.of("preprod"),
                Optional.of(work.resolve("preprod.tfvars")), Optional.empty(), lockTimeout)), Optional.empty(), env,
                secrets,
                new OsProcessLauncher(), new Binaries(bin.toString()));
    }

    IacTarget ansible(Path dir, String inventory, String playbook, Map<String, String> env) {
        return new IacTarget("integration", Optional.empty(), Optional.of(new AnsibleConfig(dir,
                Optional.of(dir.resolve(inventory)), Optional.of(dir.resolve(playbook)))), env, List.of(),
                new OsProcessLauncher(), Binaries.forSystem());
    }

    RunLauncher launcher(Map<String, String> system) {
        return new RunLauncher(services, r -> {
            Thread t = new Thread(r, "test-run");
            t.setDaemon(true);
            t.start();
        }, system, false);
    }
}
