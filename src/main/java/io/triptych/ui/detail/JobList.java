package io.triptych.ui.detail;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.section.ToneIcons;
import io.triptych.ui.text.Ages;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A pipeline's jobs stage by stage: name with its manual / may-fail markers, status, duration, and the
 * buttons the source supports (retry a failed job, play a manual one, read its log).
 */
final class JobList extends VBox {
    JobList(String env, Pipeline p, I18n i18n, RowActions actions) {
        super(4);
        getStyleClass().add("job-list");
        if (p.jobs().isEmpty()) {
            getChildren().add(new Label(i18n.get("detail.none")));
        }
        for (String stage : p.stages()) {
            Label title = new Label(stage);
            title.getStyleClass().add("mini-header");
            getChildren().add(title);
            p.jobs().stream().filter(j -> j.stage().equals(stage)).forEach(j -> getChildren().add(row(env, p, j,
                    i18n, actions)));
        }
    }

    private static HBox row(String env, Pipeline p, Job j, I18n i18n, RowActions actions) {
        Label name = new Label(j.name());
        name.getStyleClass().add("replica-name");
        name.setMinWidth(120);
        Label status = new Label(i18n.status(j.status()), ToneIcons.icon(j.tone()));
        status.getStyleClass().addAll("status-label", ToneIcons.styleClass(j.tone()));
        status.setMinWidth(90);
        FlowPane facts = new FlowPane(6, 2, status);
        if (j.duration() != null) {
            facts.getChildren().add(new Label(Ages.duration(j.duration())));
        }
        if (j.manual()) {
            facts.getChildren().add(marker(i18n.get("job.manual")));
        }
        if (j.allowFailure()) {
            facts.getChildren().add(marker(i18n.get("job.allowFailure")));
        }
        facts.getChildren().addAll(actions.job(env, p, j));
        HBox row = new HBox(8, name, facts);
        row.setId("job-" + j.id());
        row.getStyleClass().add("detail-row-actions");
        return row;
    }

    private static Label marker(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("job-marker");
        return l;
    }
}
