package io.triptych.ui.detail;

import io.triptych.domain.Deployment;
import io.triptych.live.LiveSite;
import io.triptych.live.OnDemand;
import io.triptych.ui.action.LivePorts;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.text.Ages;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * What is deployed in an environment now, per project: the last deployment GitLab recorded (which
 * pipeline put it in place), under a pipeline's details, as the live layer fetched it on demand
 * ({@link LiveSite#deployments}). FX thread only.
 */
final class DeploymentFacts {
    private final I18n i18n;
    private final TextMask mask;
    private final EnvironmentFacts<List<Deployment>> facts;

    DeploymentFacts(LivePorts live, I18n i18n, TextMask mask) {
        this.mask = mask;
        this.i18n = i18n;
        this.facts = new EnvironmentFacts<>(live.deployments(), live.fx(), this::fill);
    }

    Node view(String env) {
        VBox box = new VBox(6);
        box.setId("deployment-facts");
        if (facts.available(env)) {
            facts.show(env, box);
        }
        return box;
    }

    private void fill(VBox box, OnDemand.Answer<List<Deployment>> f) {
        box.getChildren().setAll(DetailSection.title(i18n, "detail.deployments"));
        if (f.failed() || f.value() == null) {
            box.getChildren().add(new StatusLabel(i18n.get("detail.deploymentsError", String.valueOf(f.error())),
                    io.triptych.domain.Tone.BAD));
            return;
        }
        Instant now = Instant.now();
        box.getChildren().add(new MiniTable<Deployment>(i18n, mask,
                List.of("col.project", "col.status", "col.ref", "col.commit", "col.pipeline", "col.deployed"))
                .rows(f.value(), d -> List.of(d.project(), i18n.status(d.status()), d.ref(), shortSha(d.sha()),
                        d.pipelineId() == 0 ? "" : "#" + d.pipelineId(),
                        d.deployedAt() == null ? "" : i18n.get("detail.deployedAgo",
                                Ages.format(d.deployedAt(), now, i18n), d.user())), Deployment::tone, 1));
    }

    private static String shortSha(String sha) {
        return sha.length() > 8 ? sha.substring(0, 8) : sha;
    }
}
