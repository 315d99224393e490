package io.triptych.config.clouds;

import io.triptych.config.CloudCheck;
import io.triptych.config.ConfigException;
import io.triptych.config.OpenStackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves an environment's {@code openstack:} block into the credentials of its cloud: finds clouds.yaml
 * and secure.yaml ({@link CloudsSearch}), merges the entry, fills gaps from {@code OS_*} variables, checks
 * everything Keystone will need. Reads files only, never connects; call it off the FX thread.
 *
 * <p>The site file reader runs it for every environment ({@link CloudCheck}), so {@code check-config} and the
 * window report a missing cloud or password up front; the OpenStack adapter calls {@link #resolve} again
 * when it builds its client, so a clouds.yaml edited since is read afresh.
 */
public final class CloudResolver implements CloudCheck {
    /** openstacksdk's name for the cloud made of OS_* variables alone ({@code OS_CLOUD_NAME} renames it). */
    static final String ENV_CLOUD = "envvars";

    private final CloudsSearch search;
    private final Map<String, String> env;

    public CloudResolver(CloudsSearch search, Map<String, String> env) {
        this.search = search;
        this.env = Map.copyOf(env);
    }

    /** This process's environment variables, home, current folder and /etc. */
    public static CloudResolver forSystem() {
        return new CloudResolver(CloudsSearch.forSystem(), System.getenv());
    }

    /**
     * @throws ConfigException every problem, each {@code FILE:LINE:COLUMN: what — what to do}, the cloud's
     *                         name problems at the site file's {@code cloud:} when the config came from one
     */
    public CloudCredentials resolve(OpenStackConfig config) throws ConfigException {
        CloudsProblems problems = new CloudsProblems(search.home());
        Optional<CloudCredentials> credentials = resolve(config, problems);
        if (problems.count() > 0 || credentials.isEmpty()) {
            List<String> lines = problems.lines();
            throw new ConfigException(lines.isEmpty()
                    ? List.of("cloud '" + config.cloud() + "' could not be resolved — check its clouds.yaml entry")
                    : lines);
        }
        return credentials.get();
    }

    /** Whether each cloud's entry verifies TLS certificates; empty for a cloud that does not resolve. */
    public Function<OpenStackConfig, Optional<Boolean>> verifies() {
        return config -> {
            try {
                return Optional.of(resolve(config).verify());
            } catch (ConfigException e) {
                return Optional.empty();
            }
        };
    }

    @Override
    public List<String> problems(OpenStackConfig config) {
        CloudsProblems problems = new CloudsProblems(search.home());
        resolve(config, problems);
        return problems.lines();
    }

    private Optional<CloudCredentials> resolve(OpenStackConfig config, CloudsProblems problems) {
        Optional<Path> cloudsPath = search.cloudsFile(config.cloudsFile());
        if (config.cloudsFile().isPresent() && !Files.isRegularFile(cloudsPath.get())) {
            problems.site(config, "clouds-file '" + search.show(cloudsPath.get()) + "' (for cloud '" + config.cloud()
                    + "') is not a file", "check the path in clouds-file:, or remove it to search the usual places");
            return Optional.empty();
        }
        Optional<Path> securePath = search.secureFile(cloudsPath);
        int before = problems.count();
        Optional<CloudsFile> clouds = cloudsPath.flatMap(p -> CloudsFile.read(p, problems));
        Optional<CloudsFile> secure = securePath.flatMap(p -> CloudsFile.read(p, problems));
        if (problems.count() > before) {
            return Optional.empty();
        }
        CloudEntry entry = new CloudEntry(config, problems);
        clouds.flatMap(f -> f.cloud(config.cloud())).ifPresent(t -> entry.merge(clouds.get().file(), t));
        secure.flatMap(f -> f.cloud(config.cloud())).ifPresent(t -> entry.merge(secure.get().file(), t));
        if (entry.isEmpty() && !config.cloud().equals(env.getOrDefault("OS_CLOUD_NAME", ENV_CLOUD))) {
            notFound(config, clouds, secure, problems);
            return Optional.empty();
        }
        Path cloudsHint = cloudsPath.orElseGet(() -> search.home().resolve(".config/openstack/clouds.yaml"));
        Path secureHint = securePath.orElseGet(() -> cloudsHint.resolveSibling("secure.yaml"));
        return new CredentialsReader(entry, env, search, cloudsHint, secureHint).read(config, problems);
    }

    private void notFound(OpenStackConfig config, Optional<CloudsFile> clouds, Optional<CloudsFile> secure,
                          CloudsProblems problems) {
        String cloud = "cloud '" + config.cloud() + "'";
        if (clouds.isEmpty()) {
            problems.site(config, cloud + ": no clouds.yaml found (looked in " + String.join(", ", search.searched())
                            + ")", "create ~/.config/openstack/clouds.yaml with this cloud under 'clouds:',"
                            + " or point clouds-file: (or OS_CLIENT_CONFIG_FILE) at yours");
            return;
        }
        Set<String> names = new LinkedHashSet<>(clouds.get().names());
        secure.ifPresent(s -> names.addAll(s.names()));
        String has = names.isEmpty() ? "it has no clouds" : "it has: " + shortList(List.copyOf(names));
        problems.site(config, cloud + " is not in " + search.show(clouds.get().file()) + " (" + has + ")",
                "check the name against that file's 'clouds:' entries, or point clouds-file: at the clouds.yaml"
                        + " that has it");
    }

    private static String shortList(List<String> names) {
        return names.size() <= 12 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 12)) + " and " + (names.size() - 12) + " more";
    }
}
