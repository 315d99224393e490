package io.triptych.handover;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.PipelineLink;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunRecord;
import io.triptych.iac.Tool;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunEntryTest {
    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void aCiRunLinksToItsPipeline() {
        RunRecord ci = new RunRecord(Path.of("runs/1"), "preprod", Tool.TERRAFORM, RunAction.PLAN, "gitlab-ci plan",
                "anna", AT, Optional.empty(), Optional.of(new PipelineLink("svom/fsgs-infra", 48231,
                "https://gitlab.example.org/svom/fsgs-infra/-/pipelines/48231", "plan",
                "https://gitlab.example.org/svom/fsgs-infra/-/jobs/912401")));

        assertThat(RunEntry.of(ci).url()).isEqualTo("https://gitlab.example.org/svom/fsgs-infra/-/pipelines/48231");
    }

    @Test
    void aLocalRunHasNoLink() {
        RunRecord local = new RunRecord(Path.of("runs/2"), "preprod", Tool.TERRAFORM, RunAction.PLAN,
                "terraform plan", "anna", AT, Optional.empty());

        assertThat(RunEntry.of(local).url()).isNull();
        assertThat(RunEntry.of(local).outcome()).isEqualTo("running");
    }
}
