package io.triptych.ui.detail;

import io.triptych.domain.Pipeline;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.text.Ages;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;

/** A pipeline: commit, author, and its jobs stage by stage. */
final class PipelineDetails {
    private PipelineDetails() {
    }

    static Node of(String env, Pipeline p, I18n i18n, TextMask mask, java.util.function.Consumer<String> openLink,
                   RowActions actions, DeploymentFacts deployments) {
        Hyperlink link = new Hyperlink(p.webUrl());
        link.setOnAction(e -> openLink.accept(p.webUrl()));
        PropertyGrid grid = new PropertyGrid(i18n, mask)
                .add("detail.status", new StatusLabel(i18n.status(p.status()), p.tone()))
                .add("detail.ref", p.ref())
                .add("detail.commit", p.shortSha() + "  " + nz(p.commitTitle()))
                .add("detail.author", p.author())
                .add("detail.source", p.source())
                .add("detail.created", Times.utc(p.createdAt()))
                .add("detail.duration", p.duration() == null ? "" : Ages.duration(p.duration()));
        if (p.webUrl() != null) {
            grid.add("detail.link", link);
        }
        return new VBox(8, grid, DetailSection.title(i18n, "detail.jobs"), new JobList(env, p, i18n, actions),
                deployments.view(env));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
