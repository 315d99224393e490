package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An endless GitLab reply ends at the cap with one line; the heap does not follow it. */
class GitLabReplyLimitTest {
    private static final String API = "svom/fsc/sdb-api";
    private static final long CAP = 64 * 1024;

    private final FakeGitLab gitlab = new FakeGitLab();

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private GitLabPipelineSource source() {
        return Sources.of(gitlab.config("develop", 10, API), Sources.quick().withMaxReply(CAP));
    }

    private static GitLabException failure(GitLabPipelineSource source) {
        GitLabException e = catchThrowableOfType(GitLabException.class, source::pipelines);
        assertThat(e).as("the section fails").isNotNull();
        assertThat(e.getMessage()).doesNotContain("Exception").hasLineCount(1);
        return e;
    }

    @Test
    void anEndlessPipelineListIsCutAtTheCap() {
        gitlab.data().addProject(API);
        gitlab.endlessReply("/pipelines", 200);
        try (GitLabPipelineSource source = source()) {
            assertThat(failure(source).getMessage()).isEqualTo("reply too large from GitLab at " + gitlab.url()
                    + " for GET /projects/svom%2Ffsc%2Fsdb-api/pipelines: over 64 KiB");
        }
    }

    @Test
    void anEndlessErrorPageIsCutAtTheCapToo() {
        gitlab.data().addProject(API);
        gitlab.endlessReply("/pipelines", 502);
        try (GitLabPipelineSource source = source()) {
            assertThat(failure(source).getMessage()).contains("GitLab at " + gitlab.url())
                    .contains("GET /projects/svom%2Ffsc%2Fsdb-api/pipelines");
        }
    }

    @Test
    void repliesUnderTheCapAreRead() throws Exception {
        gitlab.data().addProject(API).addPipeline(API, "develop", "success", "Add the burst catalogue", "Ops");
        try (GitLabPipelineSource source = source()) {
            assertThat(source.pipelines()).hasSize(1);
        }
    }
}
