package io.triptych.demo;

import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.source.ActionRefused;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo's Nova does with a server action: accepts it where a real Nova would (else refuses it as
 * Nova's 409 reads), shows the transition at once (task_state {@code powering-off}, status
 * {@code REBOOT}) and settles it a few seconds later on the demo clock. The console log is a boot log
 * ending where the server's state says.
 */
final class DemoServerMoves {
    private final Timeline timeline;

    DemoServerMoves(Timeline timeline) {
        this.timeline = timeline;
    }

    void power(EnvState env, String serverId, ServerAction action) throws ActionRefused {
        Server s = find(env, serverId);
        if (!action.allowedOn(s)) {
            throw new ActionRefused("Nova refused " + action.code() + " " + s.name() + " in its current state:"
                    + " Cannot '" + action.code() + "' instance " + s.id() + " while it is in vm_state "
                    + s.status().toLowerCase(java.util.Locale.ROOT));
        }
        Instant now = timeline.now();
        switch (action) {
            case START -> move(env, s, s.status(), "powering-on", "ACTIVE", now, 4);
            case STOP -> move(env, s, s.status(), "powering-off", "SHUTOFF", now, 4);
            case REBOOT -> move(env, s, "REBOOT", "rebooting", "ACTIVE", now, 5);
            case HARD_REBOOT -> move(env, s, "HARD_REBOOT", "rebooting_hard", "ACTIVE", now, 6);
            default -> throw new IllegalArgumentException(action + " is not a power action");
        }
    }

    private void move(EnvState env, Server s, String during, String task, String after, Instant now, int seconds) {
        env.updateServer(s.name(), x -> with(x, during, task, x.fault()));
        timeline.at(now.plus(Duration.ofSeconds(seconds)), when -> env.updateServer(s.name(),
                x -> with(x, after, "", "")));
    }

    private static Server with(Server s, String status, String task, String fault) {
        return new Server(s.id(), s.name(), status, s.flavor(), s.image(), s.addresses(), fault, s.created(),
                s.metadata(), task, status.equals("SHUTOFF") ? "SHUTDOWN" : "RUNNING", s.updated());
    }

    String consoleLog(EnvState env, String serverId, int lines) {
        Server s = find(env, serverId);
        List<String> log = new ArrayList<>(List.of(
                "[    0.000000] Linux version 5.14.0-427.13.1.el9_4.x86_64 (mockbuild@x64-builder02.almalinux.org)",
                "[    0.000000] Command line: BOOT_IMAGE=(hd0,gpt3)/vmlinuz root=UUID=1f0c ro console=ttyS0,115200n8",
                "[    1.204312] virtio_blk virtio2: [vda] 83886080 512-byte logical blocks (42.9 GB/40.0 GiB)",
                "[    2.918004] EXT4-fs (vda3): mounted filesystem with ordered data mode. Quota mode: none.",
                "[  OK  ] Reached target Network is Online.",
                "[  OK  ] Started OpenSSH server daemon.",
                "[  OK  ] Started Docker Application Container Engine.",
                "",
                s.name() + " login:"));
        if (s.status().equals("SHUTOFF")) {
            log.addAll(List.of("[  OK  ] Stopped Docker Application Container Engine.",
                    "[  OK  ] Reached target System Power Off.", "[12345.678901] reboot: Power down"));
        } else if (s.status().equals("ERROR")) {
            log.addAll(List.of("[ 4221.003117] INFO: task dockerd:1187 blocked for more than 120 seconds.",
                    "[ 4221.003190] EXT4-fs error (device vda3): ext4_journal_check_start: Detected aborted journal"));
        }
        return String.join("\n", log.subList(Math.max(0, log.size() - lines), log.size()));
    }

    String remoteConsole(EnvState env, String serverId) throws ActionRefused {
        Server s = find(env, serverId);
        if (!ServerAction.REMOTE_CONSOLE.allowedOn(s)) {
            throw new ActionRefused("Nova refused remote console of " + s.name() + " in its current state: Instance "
                    + s.id() + " is not ready yet");
        }
        return "https://console.example.org/vnc_auto.html?path=%3Ftoken%3Ddemo-" + s.id();
    }

    private static Server find(EnvState env, String serverId) {
        return env.servers.stream().filter(x -> x.id().equals(serverId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no server " + serverId + " in " + env.id()));
    }
}
