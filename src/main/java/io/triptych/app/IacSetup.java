package io.triptych.app;

import io.triptych.config.AnsibleConfig;
import io.triptych.config.ConfigException;
import io.triptych.config.EnvironmentConfig;
import io.triptych.config.SiteLoader;
import io.triptych.config.TerraformConfig;
import io.triptych.config.clouds.CloudCredentials;
import io.triptych.config.clouds.CloudResolver;
import io.triptych.demo.DemoCiPipelines;
import io.triptych.demo.DemoIacLauncher;
import io.triptych.gitlab.GitLabCiPipelines;
import io.triptych.gitlab.RateLimits;
import io.triptych.iac.Binaries;
import io.triptych.iac.PipelineRuns;
import io.triptych.iac.ci.CiRuns;
import io.triptych.iac.ci.CiTiming;
import io.triptych.iac.IacTarget;
import io.triptych.iac.OsProcessLauncher;
import io.triptych.source.EnvironmentSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each column can launch. A site file: its terraform:/ansible: blocks with the real binaries, the
 * environment's cloud as OS_CLOUD, and the cloud's secrets handed to the masker; an iac: gitlab: block adds the
 * same actions as the team's CI pipelines, on the environment's GitLab. The demo site: in-process
 * replays (ADR 0012). Built on the launcher's thread: resolving clouds.yaml reads files.
 */
final class IacSetup {
    private IacSetup() {
    }

    /** The demo's CI environment: pre-production's runs are also (replayed) GitLab CI pipelines. */
    static final String DEMO_CI_ENVIRONMENT = "preproduction";

    private static Optional<PipelineRuns> demoPipelines(String id) {
        if (!id.equals(DEMO_CI_ENVIRONMENT)) {
            return Optional.empty();
        }
        return Optional.of(new CiRuns(id, new DemoCiPipelines(java.time.Clock.systemUTC(), 1.0),
                Map.of("TF_ENV", "preprod"), Map.of(), List.of(), new CiTiming(java.time.Duration.ofMillis(500),
                java.time.Duration.ofSeconds(30), java.time.Clock.systemUTC())));
    }

    static Map<String, IacTarget> targets(SiteLoader.Loaded loaded, CloudResolver clouds) {
        Map<String, IacTarget> out = new LinkedHashMap<>();
        if (loaded.config().isEmpty()) {
            for (EnvironmentSources s : loaded.site().environments()) {
                String id = s.environment().id();
                Path demo = Path.of("demo-infra");
                out.put(id, new IacTarget(id, Optional.of(new TerraformConfig(demo.resolve("terraform"), Optional.of(id),
                        Optional.of(demo.resolve("terraform/envs/" + id + ".tfvars")), Optional.of("terraform"))),
                        Optional.of(new AnsibleConfig(demo.resolve("ansible"),
                                Optional.of(demo.resolve("ansible/inventories/" + id)),
                                Optional.of(demo.resolve("ansible/site.yml")))),
                        Map.of(), List.of(), new DemoIacLauncher(id, 1.0), Binaries.forSystem(), demoPipelines(id)));
            }
            return out;
        }
        RateLimits ciLimits = new RateLimits(); // a 429 from the CI's GitLab holds back every CI run of the site
        for (EnvironmentConfig e : loaded.config().get().environments()) {
            Map<String, String> env = new HashMap<>();
            List<String> secrets = new ArrayList<>();
            e.openstack().ifPresent(os -> {
                env.put("OS_CLOUD", os.cloud());
                try {
                    CloudCredentials c = clouds.resolve(os);
                    c.password().ifPresent(secrets::add);
                    c.applicationCredentialSecret().ifPresent(secrets::add);
                } catch (ConfigException ignored) {
                    // the cloud's own section says what is wrong; the masker still knows the patterns
                }
            });
            Optional<PipelineRuns> pipelines = e.iacGitLab().map(ci -> new CiRuns(e.id(), new GitLabCiPipelines(ci,
                    System::getenv, ciLimits), ci.variables(), ci.jobs(), secrets, CiTiming.DEFAULT));
            out.put(e.id(), new IacTarget(e.id(), e.terraform(), e.ansible(), env, secrets, new OsProcessLauncher(),
                    Binaries.forSystem(), pipelines));
        }
        return out;
    }
}
