package io.triptych.demo;

import io.triptych.demo.PipelineRun.RunJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The sample pipelines of demo-site.md §2.6, split by where their ref leads: develop → integration,
 * release tags and the infra checks → pre-production, production deploys and the K8s charts → production.
 * 48181 (swarm-stacks) is an addition so that pre-production has a deploy of its own.
 */
final class DemoPipelines {
    /** Helm-charts 48190 is running when the world starts; {@link DemoScript} plays it to success. */
    static final long HELM_RUNNING = 48190;

    private DemoPipelines() {
    }

    static List<PipelineRun> forEnvironment(String envId, Instant start) {
        List<SampleRun> runs = new ArrayList<>();
        switch (envId) {
            case DemoEnvironments.INTEGRATION:
                runs.add(sample(start, 48207, "ecl/ecpi", "develop", DemoJobs::serviceDevelop, 45, 9, "failed",
                        "ecl-dev", "push", "Read ECL-EVT-SEC products from JetStream pull consumer")
                        .ran("lint").failed("pytest").ran("coverage").rest("skipped"));
                runs.add(sample(start, 48185, "vt/vtac", "develop", DemoJobs::serviceDevelop, 120, 2, "canceled",
                        "vt-dev-cn", "push", "Lower candidate score threshold to 0.6")
                        .ran("lint").cut("test", "canceled").rest("canceled"));
                runs.add(sample(start, 48170, "gic/colibri-interface", "develop", DemoJobs::serviceDevelop, 240, 7,
                        "success", "gic-dev", "push", "Map GFT product levels to SDB product types").rest("success"));
                break;
            case DemoEnvironments.PREPRODUCTION:
                runs.add(sample(start, 48181, "infra/swarm-stacks", "main", DemoJobs::swarmStacks, 150, 4, "success",
                        "infra-dev", "push", "preprod: sdb stack to 4.3.0").rest("success"));
                runs.add(sample(start, 48177, "libs/svom-messaging", "v1.9.0", DemoJobs::libraryRelease, 180, 11,
                        "success", "fsc-dev", "push", "Release 1.9.0: JetStream key-value helpers").rest("success"));
                runs.add(sample(start, 48166, "infra/ansible-fsgs", "main", DemoJobs::ansible, 300, 5, "failed",
                        "infra-bot", "schedule", "node_exporter: bump to 1.8.2")
                        .ran("lint").ran("check:int").failed("check:preprod").ran("check:prod").rest("skipped"));
                break;
            case DemoEnvironments.PRODUCTION:
                runs.add(sample(start, 48213, "sdb/sdb-api", "v4.3.0", DemoJobs::serviceRelease, 20, 14, "manual",
                        "ops-oncall", "push", "Release 4.3.0").ranUpTo("deploy-preprod").waiting("deploy:prod"));
                runs.add(sample(start, 48199, "infra/terraform-openstack", "main", DemoJobs::terraform, 70, 6,
                        "manual", "infra-bot", "push", "prod: add k8s worker 04 and NATS leaf-node rules")
                        .ranUpTo("plan").ran("tf:apply:int").ran("tf:apply:preprod").waiting("tf:apply:prod"));
                // Queued for an hour and a half (the runner VM is stopped), running for 3 minutes.
                runs.add(sample(start, HELM_RUNNING, "infra/helm-charts", "feature/nats-jetstream-ha",
                        DemoJobs::helmFeature, 95, 3, "running", "infra-dev", "push",
                        "nats: 3-node JetStream cluster with pod anti-affinity")
                        .ran("helm lint").running("kubeconform", Duration.ofSeconds(50)));
                break;
            default:
                throw new IllegalArgumentException("no demo environment '" + envId + "'");
        }
        List<PipelineRun> out = new ArrayList<>();
        runs.forEach(r -> out.add(r.build(start)));
        return out;
    }

    /** Created {@code agoMinutes} before the start; finished pipelines took {@code minutes}. */
    private static SampleRun sample(Instant start, long id, String project, String ref, LongFunction<List<RunJob>> jobs,
                                 int agoMinutes, int minutes, String status, String author, String source,
                                 String title) {
        Instant created = start.minus(Duration.ofMinutes(agoMinutes));
        PipelineRun run = new PipelineRun(project, id, ref, created, title, author, source, true, jobs.apply(id));
        run.status = status;
        run.startedAt = created.plusSeconds(20);
        boolean over = !status.equals("running");
        run.finishedAt = over ? run.startedAt.plus(Duration.ofMinutes(minutes)) : null;
        if (!over) {
            run.startedAt = start.minus(Duration.ofMinutes(minutes));
        }
        return new SampleRun(run);
    }
}
