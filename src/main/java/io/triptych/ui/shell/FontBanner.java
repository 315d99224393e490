package io.triptych.ui.shell;

import io.triptych.ui.i18n.CjkFont;
import io.triptych.ui.i18n.FontPackages;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Shown while the window is in Chinese on a machine that cannot draw it: which package to install. Checked at
 * start and at each switch of language (a glyph test); written in English, since Chinese would be boxes.
 */
final class FontBanner extends Label {
    private static final I18n ENGLISH = new I18n(Language.EN);

    FontBanner(I18n i18n) {
        setId("font-banner");
        getStyleClass().addAll("font-banner");
        setGraphic(new FontIcon(MaterialDesignF.FORMAT_FONT));
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        i18n.languageProperty().addListener((o, was, now) -> check(now));
        check(i18n.language());
    }

    private void check(Language language) {
        boolean missing = CjkFont.needed(language) && !CjkFont.available();
        if (missing && getText() == null) {
            setText(ENGLISH.get("font.cjkMissing", FontPackages.forSystem()));
        }
        setVisible(missing);
        setManaged(missing);
    }
}
