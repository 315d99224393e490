package io.triptych.iac;

/**
 * Where a CI run is in GitLab, as its folder's {@code pipeline.json} keeps it: the project, the pipeline (the one
 * an apply of this plan plays its job in), its web page, and the job the run followed.
 */
public record PipelineLink(String project, long pipelineId, String url, String job, String jobUrl) {
    public static final String KIND = "gitlab-ci";
}
