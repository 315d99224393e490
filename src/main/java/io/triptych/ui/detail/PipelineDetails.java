package io.triptych.ui.detail;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;

/** A pipeline: commit, author, and its jobs stage by stage. */
final class PipelineDetails {
    private PipelineDetails() {
    }

    static Node of(Pipeline p, I18n i18n, java.util.function.Consumer<String> openLink) {
        Hyperlink link = new Hyperlink(p.webUrl());
        link.setOnAction(e -> openLink.accept(p.webUrl()));
        PropertyGrid grid = new PropertyGrid(i18n)
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
        List<Job> ordered = new ArrayList<>();
        for (String stage : p.stages()) {
            p.jobs().stream().filter(j -> j.stage().equals(stage)).forEach(ordered::add);
        }
        MiniTable<Job> jobs = new MiniTable<Job>(i18n,
                List.of("col.stage", "col.job", "col.status", "col.duration"))
                .rows(ordered, j -> List.of(j.stage(), j.name() + markers(j, i18n), i18n.status(j.status()),
                        j.duration() == null ? "" : Ages.duration(j.duration())), Job::tone, 2);
        return new VBox(8, grid, DetailSection.title(i18n, "detail.jobs"), jobs);
    }

    private static String markers(Job j, I18n i18n) {
        String m = "";
        if (j.manual()) {
            m += " [" + i18n.get("job.manual") + "]";
        }
        if (j.allowFailure()) {
            m += " [" + i18n.get("job.allowFailure") + "]";
        }
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
