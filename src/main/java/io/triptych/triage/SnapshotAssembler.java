package io.triptych.triage;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Problem;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import java.time.Instant;
import java.util.List;

/** Builds an environment snapshot from its sections: runs the problem rules and derives health. */
public final class SnapshotAssembler {
    private final ProblemRules rules = new ProblemRules();

    public EnvironmentSnapshot assemble(Environment env, Section<Server> servers, Section<Volume> volumes,
                                        Section<SecurityGroup> groups, Section<Service> services,
                                        Section<Pipeline> pipelines, Instant at) {
        EnvironmentSnapshot draft = new EnvironmentSnapshot(env, servers, volumes, groups, services, pipelines,
                List.of(), null, at);
        List<Problem> problems = rules.evaluate(draft);
        return new EnvironmentSnapshot(env, servers, volumes, groups, services, pipelines, problems,
                HealthRule.of(draft, problems), at);
    }
}
