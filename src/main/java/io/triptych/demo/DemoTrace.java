package io.triptych.demo;

import static io.triptych.demo.DemoLogLines.CYAN;
import static io.triptych.demo.DemoLogLines.GREEN;
import static io.triptych.demo.DemoLogLines.RESET;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A GitLab job log as the runner writes it: coloured runner lines and collapsible sections
 * ({@code section_start:<ts>:<name>[collapsed=true]\r\e[0K<header>} … {@code section_end}). The head and
 * the script body come first; the end depends on how the job ended, so a followed job gets it last.
 */
final class DemoTrace {
    private static final String ERASE = "\r\u001b[0K";
    private static final String BOLD_GREEN = "\u001b[32;1m";
    private static final String BOLD_RED = "\u001b[31;1m";
    private static final String BOLD_CYAN = "\u001b[36;1m";

    private DemoTrace() {
    }

    static String start(long ts, String name, String header, boolean collapsed) {
        return "section_start:" + ts + ":" + name + (collapsed ? "[collapsed=true]" : "") + ERASE
                + BOLD_CYAN + header + RESET;
    }

    static String end(long ts, String name) {
        return "section_end:" + ts + ":" + name + ERASE;
    }

    /** Runner banner, preparation and sources, and the opening of the script section. */
    static List<String> head(String project, String job, String ref, String sha, long t0) {
        List<String> out = new ArrayList<>();
        out.add("\u001b[0KRunning with gitlab-runner 17.5.2 (bc5a7be1)");
        out.add("\u001b[0K  on fsgs-ci-runner-01 t3_xZ8kq, system ID: s_8f2e61c0a3d4");
        out.add(start(t0, "prepare_executor", "Preparing the \"docker\" executor", true));
        out.add("\u001b[0KUsing Docker executor with image registry.example.org/svom/fsc/ci-python:3.11 ...");
        out.add("\u001b[0KPulling docker image registry.example.org/svom/fsc/ci-python:3.11 ...");
        out.add("\u001b[0KUsing docker image sha256:4f1c2d7e for registry.example.org/svom/fsc/ci-python:3.11");
        out.add(end(t0 + 4, "prepare_executor"));
        out.add(start(t0 + 4, "get_sources", "Getting source from Git repository", true));
        out.add(GREEN + "Fetching changes with git depth set to 20..." + RESET);
        out.add("Initialized empty Git repository in /builds/" + DemoJobs.groupPath(project) + "/.git/");
        out.add(GREEN + "Checking out " + sha.substring(0, 8) + " as detached HEAD (ref is " + ref + ")..." + RESET);
        out.add(end(t0 + 7, "get_sources"));
        out.add(start(t0 + 7, "step_script", "Executing \"step_script\" stage of the job script", false));
        return out;
    }

    /** The script's own output, seeded by the job id. */
    static List<String> body(String job, long jobId) {
        Random r = new Random(jobId);
        List<String> out = new ArrayList<>();
        out.add(GREEN + "$ " + command(job) + RESET);
        int n = 12 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.add(step(job, i, n, r));
        }
        return out;
    }

    /** The close of the script section and the job's verdict. */
    static List<String> tail(String job, String status, long tEnd) {
        List<String> out = new ArrayList<>();
        boolean failed = status.equals("failed");
        if (failed) {
            out.add(BOLD_RED + "FAILED tests/test_products.py::test_upload_retries_on_503 - AssertionError: 2 != 3"
                    + RESET);
            out.add(BOLD_RED + "==== 1 failed, 143 passed in 41.27s ====" + RESET);
        }
        out.add(end(tEnd - 2, "step_script"));
        out.add(start(tEnd - 2, "cleanup_file_variables", "Cleaning up project directory and file based variables",
                true));
        out.add(end(tEnd, "cleanup_file_variables"));
        out.add("");
        if (failed) {
            out.add(BOLD_RED + "ERROR: Job failed: exit code 1" + RESET);
        } else if (status.equals("canceled")) {
            out.add(BOLD_RED + "ERROR: Job failed: canceled" + RESET);
        } else {
            out.add(BOLD_GREEN + "Job succeeded" + RESET);
        }
        return out;
    }

    private static String command(String job) {
        if (job.startsWith("tf:")) {
            return "terraform " + job.substring(3).replace(':', ' ') + " -input=false";
        }
        if (job.startsWith("deploy")) {
            return "./ci/deploy.sh " + job.substring(job.indexOf(':') + 1);
        }
        if (job.contains("docker")) {
            return "docker buildx build --push -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .";
        }
        return job.equals("pytest") || job.equals("coverage") ? "pytest -q --cov=src" : job + " .";
    }

    private static String step(String job, int i, int n, Random r) {
        if (job.equals("pytest") || job.equals("coverage")) {
            return "tests/test_" + (i % 2 == 0 ? "products" : "bursts") + "_" + i + ".py " + GREEN
                    + ".".repeat(5 + r.nextInt(30)) + RESET + "  [" + (100 * (i + 1) / n) + "%]";
        }
        if (job.contains("docker")) {
            return "#" + (i + 3) + " [" + (1 + i % 6) + "/6] " + (i % 3 == 0 ? "RUN pip install -r requirements.txt"
                    : "COPY src/ /app/src/") + " " + CYAN + (r.nextInt(90) / 10.0) + "s" + RESET;
        }
        if (job.startsWith("tf:")) {
            return "module.k8s_workers.openstack_compute_instance_v2.worker[" + (i % 4) + "]: Refreshing state... [id="
                    + Integer.toHexString(r.nextInt()) + "]";
        }
        if (job.startsWith("deploy")) {
            return "Updating service " + (i % 2 == 0 ? "sdb_api" : "sdb_api-import") + " (" + (i + 1) + "/" + n + ")";
        }
        return "Checked " + (10 + r.nextInt(50)) + " files " + GREEN + "✓" + RESET;
    }
}
