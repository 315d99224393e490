package io.triptych.demo;

import io.triptych.demo.PipelineRun.RunJob;
import java.util.ArrayList;
import java.util.List;

/** The job lists of demo-site.md §2.6: the ci-templates service pipeline and the infrastructure pipelines. */
final class DemoJobs {
    /** Projects of these groups live under svom/fsc/; the instrument groups sit directly under svom/. */
    private static final List<String> FSC_GROUPS =
            List.of("infra", "libs", "vhf", "alerts", "sdb", "calib", "pipelines", "web", "ci-templates");

    private DemoJobs() {
    }

    static String groupPath(String project) {
        String group = project.contains("/") ? project.substring(0, project.indexOf('/')) : project;
        return (FSC_GROUPS.contains(group) ? "svom/fsc/" : "svom/") + project;
    }

    /** The role account that pushes to a project's group (the samples use role accounts, not people). */
    static String developer(String project) {
        switch (project.substring(0, project.indexOf('/'))) {
            case "ecl":
                return "ecl-dev";
            case "eclgrm":
                return "grm-dev-cn";
            case "mxt":
                return "mxt-dev";
            case "vt":
                return "vt-dev-cn";
            case "gic":
                return "gic-dev";
            case "infra":
                return "infra-dev";
            default:
                return "fsc-dev";
        }
    }

    /** The job list a new pipeline of this project gets. */
    static List<RunJob> forProject(String project, long pipelineId) {
        switch (project) {
            case "infra/terraform-openstack":
                return terraform(pipelineId);
            case "infra/ansible-fsgs":
                return ansible(pipelineId);
            case "infra/helm-charts":
                return helmFeature(pipelineId);
            case "infra/swarm-stacks":
                return swarmStacks(pipelineId);
            default:
                return project.startsWith("libs/") ? libraryRelease(pipelineId) : serviceDevelop(pipelineId);
        }
    }

    /** develop: everything up to the automatic deploy to integration. */
    static List<RunJob> serviceDevelop(long pipelineId) {
        return new Jobs(pipelineId).common()
                .add("publish", "trivy-scan", false, true).add("publish", "docker-push")
                .add("deploy-int", "deploy:int").list;
    }

    /** vX.Y.Z: published, then manual deploys to pre-production and to production. */
    static List<RunJob> serviceRelease(long pipelineId) {
        return new Jobs(pipelineId).common()
                .add("publish", "trivy-scan", false, true).add("publish", "docker-push").add("publish", "wheel-publish")
                .add("deploy-preprod", "deploy:preprod", true, false)
                .add("deploy-prod", "deploy:prod", true, false).list;
    }

    static List<RunJob> libraryRelease(long pipelineId) {
        return new Jobs(pipelineId).add("lint", "ruff").add("lint", "pylint").add("test", "pytest")
                .add("test", "coverage").add("quality", "sonar-scanner").add("publish", "wheel-publish").list;
    }

    static List<RunJob> terraform(long pipelineId) {
        return new Jobs(pipelineId).add("validate", "tf:fmt").add("validate", "tf:validate").add("validate", "tflint")
                .add("plan", "tf:plan:int").add("plan", "tf:plan:preprod").add("plan", "tf:plan:prod")
                .add("apply", "tf:apply:int").add("apply", "tf:apply:preprod", true, false)
                .add("apply", "tf:apply:prod", true, false).list;
    }

    static List<RunJob> ansible(long pipelineId) {
        return new Jobs(pipelineId).add("lint", "yamllint").add("lint", "ansible-lint")
                .add("check", "check:int").add("check", "check:preprod").add("check", "check:prod")
                .add("site", "site:int").add("site", "site:preprod", true, false).add("site", "site:prod", true, false)
                .list;
    }

    /** A feature branch of the charts: checked, packaged and diffed against production, never applied. */
    static List<RunJob> helmFeature(long pipelineId) {
        return new Jobs(pipelineId).add("lint", "helm lint").add("lint", "kubeconform")
                .add("package", "helm package").add("diff", "helmfile diff:prod").list;
    }

    static List<RunJob> swarmStacks(long pipelineId) {
        return new Jobs(pipelineId).add("validate", "stack-config-validate").add("deploy-int", "deploy:int")
                .add("deploy-preprod", "deploy:preprod", true, false).list;
    }

    private static final class Jobs {
        private final long pipelineId;
        private final List<RunJob> list = new ArrayList<>();

        Jobs(long pipelineId) {
            this.pipelineId = pipelineId;
        }

        Jobs common() {
            return add("lint", "ruff").add("lint", "pylint").add("lint", "schema-validate")
                    .add("test", "pytest").add("test", "coverage").add("quality", "sonar-scanner")
                    .add("build", "docker-build");
        }

        Jobs add(String stage, String name) {
            return add(stage, name, false, false);
        }

        Jobs add(String stage, String name, boolean manual, boolean allowFailure) {
            // GitLab job ids are global and larger than pipeline ids; this keeps them unique per pipeline.
            list.add(new RunJob(pipelineId * 100 + list.size(), name, stage, manual, allowFailure));
            return this;
        }
    }
}
