package io.triptych.iac;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything one run needs, decided before it starts.
 *
 * @param steps       the commands, given the run's own folder (where a plan file goes)
 * @param environment variables the tool gets on top of this process's own
 * @param init        the init command to run when MAIN says the folder is not initialised (Terraform)
 */
public record RunSpec(String environmentId, Tool tool, RunAction action, Path workDir,
                      Map<String, String> environment, Function<Path, List<Step>> steps, Optional<Step> init,
                      SecretMasker masker, ProcessLauncher launcher) {
    public RunSpec {
        environment = Map.copyOf(environment);
    }
}
