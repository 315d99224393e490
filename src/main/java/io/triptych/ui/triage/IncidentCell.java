package io.triptych.ui.triage;

import io.triptych.triage.TrackedProblem;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.IncidentLink;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The problems list's incident column: "#231 (open)" as a link to the team incident's page. */
final class IncidentCell extends TableCell<TrackedProblem, TrackedProblem> {
    private final I18n i18n;
    private final TriageActions actions;

    private IncidentCell(I18n i18n, TriageActions actions) {
        this.i18n = i18n;
        this.actions = actions;
    }

    static TableColumn<TrackedProblem, TrackedProblem> column(I18n i18n, TriageActions actions) {
        TableColumn<TrackedProblem, TrackedProblem> c = new TableColumn<>();
        c.textProperty().bind(i18n.text("triage.col.incident"));
        c.setId("triage.col.incident");
        io.triptych.ui.zoom.SceneZoom.width(c, 130);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new IncidentCell(i18n, actions));
        return c;
    }

    @Override
    protected void updateItem(TrackedProblem p, boolean empty) {
        super.updateItem(p, empty);
        setText(null);
        Optional<String> url = empty || p == null ? Optional.empty() : IncidentLink.url(p);
        if (url.isEmpty()) {
            setGraphic(null);
            return;
        }
        Hyperlink link = new Hyperlink(text(p, url.get(), i18n));
        link.getStyleClass().add("incident-link");
        link.setOnAction(e -> actions.openLink(url.get())); // reading a web page changes nothing: also read-only
        setGraphic(link);
    }

    /** "#231 (open)", "#231 (closed)": the number from the page's address, the state in the reader's words. */
    static String text(TrackedProblem p, String url, I18n i18n) {
        String number = IncidentLink.number(url);
        String name = number.isEmpty() ? i18n.get("triage.col.incident") : number;
        String state = p.incident() == null ? "" : p.incident().state();
        if (state.isEmpty()) {
            return name;
        }
        String key = "triage.incident." + state;
        return i18n.get("triage.incident.link", name, i18n.has(key) ? i18n.get(key) : state);
    }
}
