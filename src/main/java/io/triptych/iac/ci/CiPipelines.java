package io.triptych.iac.ci;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to the CI server, for one environment's {@code iac: gitlab:} project and ref: GitLab's v4 API in
 * the app ({@code gitlab.GitLabCiPipelines}), an in-process stand-in on the demo site. Every text it returns has
 * had the token scrubbed. Calls block (a run's worker calls them).
 */
public interface CiPipelines {
    /** POST /projects/:id/pipeline on the ref, with these variables. */
    CiPipeline create(Map<String, String> variables) throws CiException;

    /** The pipeline's jobs (manual ones included). */
    List<CiJob> jobs(long pipelineId) throws CiException;

    CiJob job(long jobId) throws CiException;

    /** The job's whole log so far, raw (ANSI escapes and section markers kept). */
    byte[] trace(long jobId) throws CiException;

    /** Plays a manual job. */
    CiJob play(long jobId) throws CiException;

    void cancel(long pipelineId) throws CiException;

    /** One file of the job's artifacts; empty when the job has no such file (404). */
    Optional<byte[]> artifact(long jobId, String path) throws CiException;

    /** The resource group a waiting job waits for, and the job holding it (when the server says). */
    Optional<CiHolder> holder(long jobId) throws CiException;

    /** The newest pipelines started by a schedule on the ref, newest first. */
    List<CiPipeline> scheduled() throws CiException;

    String project();

    String ref();
}
