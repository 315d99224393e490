package io.triptych.iac.ci;

import java.util.Map;

/**
 * What one CI run asks of the server.
 *
 * @param pipelineId PLAY: the reviewed plan's pipeline, whose manual job is played; CREATE: unused (0)
 * @param artifacts  read the Terraform report and plan artifacts when the job ends (plan, drift)
 */
record JobRequest(Mode mode, String action, String job, Map<String, String> variables, long pipelineId,
                  boolean artifacts, boolean drift) {
    enum Mode { CREATE, PLAY }

    JobRequest {
        variables = Map.copyOf(variables);
    }
}
