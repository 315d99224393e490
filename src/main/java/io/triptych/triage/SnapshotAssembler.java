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

/**
 * Builds an environment snapshot from its sections through the site's one {@link TriageBoard}: the rules
 * run there, once per snapshot, and the snapshot carries the board's problems (with their
 * acknowledgements and the drift finding) and the board's health. Nothing downstream evaluates again.
 */
public final class SnapshotAssembler {
    /** The snapshot to publish and what it changed on the board (for the problems list and notifications). */
    public record Assessed(EnvironmentSnapshot snapshot, TriageBoard.Update update) {
    }

    private final TriageBoard board;

    /** A board of its own, kept in memory only (tests, benchmarks). */
    public SnapshotAssembler() {
        this(new TriageBoard(null));
    }

    public SnapshotAssembler(TriageBoard board) {
        this.board = board;
    }

    public EnvironmentSnapshot assemble(Environment env, Section<Server> servers, Section<Volume> volumes,
                                        Section<SecurityGroup> groups, Section<Service> services,
                                        Section<Pipeline> pipelines, Instant at) {
        return assess(new EnvironmentSnapshot(env, servers, volumes, groups, services, pipelines, List.of(), null,
                at)).snapshot();
    }

    /** Runs the rules on fresh sections ({@code draft} has no problems and no health yet). */
    public Assessed assess(EnvironmentSnapshot draft) {
        TriageBoard.Update u = board.update(draft);
        return new Assessed(finish(draft, u), u);
    }

    /** The last sections again, after an acknowledgement: no rule runs, only what counts changes. */
    public Assessed reassess(EnvironmentSnapshot draft) {
        TriageBoard.Update u = board.current(draft);
        return new Assessed(finish(draft, u), u);
    }

    private static EnvironmentSnapshot finish(EnvironmentSnapshot draft, TriageBoard.Update u) {
        List<Problem> problems = u.problems().stream().map(p -> {
            Problem english = p.finding().toProblem(MessageLookup.english());
            return p.acknowledged() || p.incident() != null ? new Problem(english.severity(), english.source(),
                    english.subject(), english.message(), p.acknowledged() ? p.ack().toDomain() : null,
                    p.incident()) : english;
        }).toList();
        return new EnvironmentSnapshot(draft.environment(), draft.servers(), draft.volumes(),
                draft.securityGroups(), draft.services(), draft.pipelines(), problems, u.health(), draft.at());
    }
}
