package io.triptych.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies a theme: AtlantaFX as the user-agent stylesheet, plus Triptych's own sheet on the scene. */
public final class Themes {
    private static final String APP_CSS = Themes.class.getResource("/io/triptych/ui/triptych.css").toExternalForm();

    private Themes() {
    }

    public static void apply(ThemeName theme, Scene scene) {
        Application.setUserAgentStylesheet(theme == ThemeName.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add("theme-" + theme.code());
    }
}
