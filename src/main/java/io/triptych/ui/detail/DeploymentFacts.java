package io.triptych.ui.detail;

import io.triptych.domain.Deployment;
import io.triptych.source.LastDeployments;
import io.triptych.ui.action.ActionCommands;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.text.Ages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * What is deployed in an environment now, per project: the last deployment GitLab recorded (which
 * pipeline put it in place), under a pipeline's details. Fetched on a worker, kept per environment and
 * fetched again at most every 30 s, so the pane, rebuilt at every refresh, does not flicker. FX thread only.
 */
final class DeploymentFacts {
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private record Facts(List<Deployment> deployments, String error, Instant at) {
    }

    private final ActionCommands commands;
    private final I18n i18n;
    private final TextMask mask;
    private final EnvironmentFacts<Facts> facts;

    DeploymentFacts(ActionCommands commands, I18n i18n, TextMask mask) {
        this.mask = mask;
        this.commands = commands;
        this.i18n = i18n;
        this.facts = new EnvironmentFacts<>(STALE_AFTER, commands.workers(), commands.fx(), this::fetch, Facts::at,
                this::fill);
    }

    Node view(String env) {
        VBox box = new VBox(6);
        box.setId("deployment-facts");
        if (commands.pipelines(env, LastDeployments.class).isPresent()) {
            facts.show(env, box);
        }
        return box;
    }

    private Facts fetch(String env) {
        try {
            return new Facts(commands.pipelines(env, LastDeployments.class).get().lastDeployments(), null,
                    Instant.now());
        } catch (Exception e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Facts(List.of(), m.lines().findFirst().orElse(m), Instant.now());
        }
    }

    private void fill(VBox box, Facts f) {
        box.getChildren().setAll(DetailSection.title(i18n, "detail.deployments"));
        if (f.error() != null) {
            box.getChildren().add(new StatusLabel(i18n.get("detail.deploymentsError", f.error()),
                    io.triptych.domain.Tone.BAD));
            return;
        }
        Instant now = Instant.now();
        box.getChildren().add(new MiniTable<Deployment>(i18n, mask,
                List.of("col.project", "col.status", "col.ref", "col.commit", "col.pipeline", "col.deployed"))
                .rows(f.deployments(), d -> List.of(d.project(), i18n.status(d.status()), d.ref(), shortSha(d.sha()),
                        d.pipelineId() == 0 ? "" : "#" + d.pipelineId(),
                        d.deployedAt() == null ? "" : i18n.get("detail.deployedAgo",
                                Ages.format(d.deployedAt(), now, i18n), d.user())), Deployment::tone, 1));
    }

    private static String shortSha(String sha) {
        return sha.length() > 8 ? sha.substring(0, 8) : sha;
    }
}
