package io.triptych.ui.shell;

import io.triptych.ui.model.Selection;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Pipeline;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faster polling only for the pipeline the user looks at, and only while it runs. */
class FocusedRefreshTest {
    private final List<String> asked = new ArrayList<>();
    private Selection selection;
    private final FocusedRefresh refresh = new FocusedRefresh(() -> selection,
            (env, kind) -> asked.add(env + " " + kind.jsonName()));

    private static Pipeline pipeline(String status) {
        return new Pipeline("group/api", 7, "main", status, Instant.EPOCH, "", "", "", "", "", null, List.of());
    }

    @Test
    void aSelectedRunningPipelineAsksForItsEnvironmentsPipelines() {
        selection = new Selection("production", SectionKind.PIPELINES, pipeline("running"));

        refresh.tick();

        assertThat(asked).containsExactly("production pipelines");
    }

    @Test
    void aFinishedPipelineAServiceOrNoSelectionAsksForNothing() {
        refresh.tick();
        selection = new Selection("production", SectionKind.PIPELINES, pipeline("success"));
        refresh.tick();
        selection = new Selection("production", SectionKind.SERVICES,
                new Service("web", ServiceKind.SWARM, "prod", "web:1", 1, 1, List.of()));
        refresh.tick();

        assertThat(asked).isEmpty();
    }

    @Test
    void aSelectedServerInTransitionAsksForItsEnvironmentsServersUntilItSettles() {
        io.triptych.domain.Server web = io.triptych.testing.FakeSite.server("web-01", "ACTIVE", "m1.small");
        io.triptych.domain.Server stopping = new io.triptych.domain.Server(web.id(), web.name(), "ACTIVE",
                web.flavor(), web.image(), web.addresses(), "", web.created(), web.metadata(), "powering-off", "", null);

        selection = new Selection("production", SectionKind.SERVERS, stopping);
        refresh.tick();
        selection = new Selection("production", SectionKind.SERVERS, web);
        refresh.tick();

        assertThat(asked).containsExactly("production servers");
    }
}
