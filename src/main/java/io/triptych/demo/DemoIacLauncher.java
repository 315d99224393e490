package io.triptych.demo;

import io.triptych.iac.ProcessLauncher;
import io.triptych.iac.RunningProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The demo site's "terraform" and "ansible-playbook": replays plausible runs of the demo environments
 * in-process (clearly labelled DEMO in each console). The plan file is written for real, so Apply is the
 * same reviewed-plan-only flow as on a real site.
 */
public final class DemoIacLauncher implements ProcessLauncher {
    private static final List<String> TF_INTERRUPT = List.of("", "Interrupt received.",
            "Please wait for Terraform to exit or data loss may occur.", "Gracefully shutting down...");
    private static final List<String> ANSIBLE_INTERRUPT = List.of("", " [ERROR]: User interrupted execution");
    private final String environmentId;
    private final double pace;

    /** @param pace 1 for a demo's pace, smaller for tests */
    public DemoIacLauncher(String environmentId, double pace) {
        this.environmentId = environmentId;
        this.pace = pace;
    }

    @Override
    public RunningProcess start(List<String> command, Path workDir, Map<String, String> environment)
            throws IOException {
        DemoRunScripts scripts = new DemoRunScripts(environmentId, pace);
        if (command.get(0).endsWith("ansible-playbook")) {
            boolean check = command.contains("--check");
            return new DemoProcess(scripts.ansible(check), scripts.ansibleExit(), ANSIBLE_INTERRUPT);
        }
        String verb = command.size() > 1 ? command.get(1) : "";
        switch (verb) {
            case "version":
                return new DemoProcess(scripts.version(), 0, TF_INTERRUPT);
            case "init":
                return new DemoProcess(scripts.init(), 0, TF_INTERRUPT);
            case "show":
                return new DemoProcess(scripts.show(), 0, TF_INTERRUPT);
            case "apply":
                return new DemoProcess(scripts.apply(), 0, TF_INTERRUPT);
            default:
                if (command.contains("-refresh-only")) {
                    return new DemoProcess(scripts.drift(), scripts.driftExit(), TF_INTERRUPT);
                }
                for (String a : command) {
                    if (a.startsWith("-out=")) {
                        Files.writeString(Path.of(a.substring(5)), "demo plan of " + environmentId + "\n");
                    }
                }
                return new DemoProcess(scripts.plan(), 0, TF_INTERRUPT);
        }
    }
}
