package io.triptych.ui.shell;

import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** Under the menu: the site name, the one filter for all columns, and the demo / read-only badges. */
final class TopBar extends VBox {
    private final TextField filter = new TextField();
    private HBox row;
    private ViewBar views;
    /** Where the view buttons go when the first row has no room for them (a large zoom, a narrow window). */
    private final HBox viewsRow = new HBox();

    /** @param newSite opens the New site wizard (the demo banner links to it) */
    TopBar(DashboardViewModel dashboard, I18n i18n, Runnable newSite) {
        getStyleClass().add("top-bar");
        Label site = new Label(dashboard.siteName());
        site.setId("site-name");
        site.getStyleClass().add("site-name");

        filter.setId("filter");
        filter.promptTextProperty().bind(i18n.text("filter.prompt"));
        filter.textProperty().bindBidirectional(dashboard.filterProperty());
        filter.setPrefColumnCount(20);
        filter.setMinWidth(120);
        Label searchIcon = new Label("", new FontIcon(MaterialDesignM.MAGNIFY));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Short of room, the row shrinks every child alike: the site's name and the badges keep their width
        // and the filter gives way (down to its minimum; the view buttons move to a row of their own first).
        site.setMinWidth(Region.USE_PREF_SIZE);
        views = new ViewBar(dashboard, i18n);
        row = new HBox(8, site, views, spacer, searchIcon, filter);
        viewsRow.getStyleClass().add("toolbar-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("toolbar-row");
        if (dashboard.readOnly()) {
            Label ro = badge(i18n, "badge.readOnly", "read-only-badge", new FontIcon(MaterialDesignE.EYE));
            row.getChildren().add(ro);
        }
        if (dashboard.demo()) {
            row.getChildren().add(badge(i18n, "badge.demo", "demo-badge", new FontIcon(MaterialDesignI.INFORMATION)));
        }
        getChildren().add(row);
        if (dashboard.demo()) {
            Label banner = new Label();
            banner.setId("demo-banner");
            banner.getStyleClass().add("demo-banner");
            banner.setGraphic(new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
            banner.setWrapText(true);
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.textProperty().bind(i18n.text("banner.demo"));
            javafx.scene.control.Button hide = new javafx.scene.control.Button(null,
                    new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CLOSE));
            hide.setId("demo-banner-close");
            hide.getStyleClass().addAll("flat", "button-icon", "small");
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
            link.setId("demo-banner-new-site");
            link.textProperty().bind(i18n.text("banner.demo.newSite"));
            link.setOnAction(e -> newSite.run());
            link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox bannerRow = new HBox(4, banner, link, hide);
            bannerRow.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(banner, Priority.ALWAYS);
            hide.setOnAction(e -> getChildren().remove(bannerRow));
            getChildren().add(bannerRow);
        }
    }

    /** The view buttons on the first row while it has room for them, on a row of their own otherwise. */
    @Override
    protected void layoutChildren() {
        boolean inRow = row.getChildren().contains(views);
        double need = row.prefWidth(-1) - filter.prefWidth(-1) + filter.minWidth(-1)
                + (inRow ? 0 : views.prefWidth(-1) + row.getSpacing());
        boolean fits = need <= getWidth() - snappedLeftInset() - snappedRightInset();
        if (fits && !inRow) {
            getChildren().remove(viewsRow);
            row.getChildren().add(1, views);
        } else if (!fits && inRow) {
            row.getChildren().remove(views);
            viewsRow.getChildren().setAll(views);
            getChildren().add(getChildren().indexOf(row) + 1, viewsRow);
        }
        super.layoutChildren();
    }

    TextField filter() {
        return filter;
    }

    private static Label badge(I18n i18n, String key, String id, FontIcon icon) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(i18n.text(key));
        l.setGraphic(icon);
        l.getStyleClass().addAll("badge", id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
