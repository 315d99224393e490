package io.triptych.iac;

import java.util.List;

/**
 * One command of a run. A Terraform plan is three: the version, {@code init} when the working folder has
 * none yet, the plan itself.
 *
 * @param role what the run does with its exit code: a failed VERSION means the tool is missing; INIT runs
 *             again before MAIN when MAIN says the folder needs it; MAIN's exit code is the run's; SHOW
 *             reads a saved plan's detail (its output is not logged, its exit code is not the run's)
 */
public record Step(Role role, List<String> command) {
    public enum Role { VERSION, INIT, MAIN, SHOW }

    public Step {
        command = List.copyOf(command);
    }

    public String commandLine() {
        return String.join(" ", command);
    }
}
