package io.triptych.ui.shell;

import io.triptych.domain.InsecureLink;
import io.triptych.ui.i18n.I18n;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** "insecure" as icon + colour + word beside the health, the tooltip saying which links and why. */
final class InsecureBadge extends Label {
    InsecureBadge(String environmentId, List<InsecureLink> links, I18n i18n) {
        setId("insecure-badge-" + environmentId);
        getStyleClass().add("insecure-badge");
        setGraphic(new FontIcon(MaterialDesignL.LOCK_OPEN_ALERT));
        textProperty().bind(i18n.text("env.insecure"));
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(300));
        tip.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("env.insecure.tooltip")
                + links.stream().map(l -> "\n• " + i18n.get(key(l))).collect(Collectors.joining()),
                i18n.languageProperty()));
        setTooltip(tip);
    }

    /** SWARM_PLAIN_TCP → "insecure.swarm_plain_tcp". */
    static String key(InsecureLink link) {
        return "insecure." + link.name().toLowerCase(Locale.ROOT);
    }
}
