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

    /**
     * Makes AtlantaFX the user-agent stylesheet (FX thread). Called before the first control is created, it also
     * spares JavaFX parsing its default Modena sheet (Control's class initialiser loads Modena when no user-agent
     * stylesheet is set), which the theme would replace at once: about 2.5 % of the FX thread's start-up (ADR 0022).
     * Setting the sheet already set does nothing.
     */
    public static void userAgent(ThemeName theme) {
        String sheet = theme == ThemeName.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    public static void apply(ThemeName theme, Scene scene) {
        userAgent(theme);
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add("theme-" + theme.code());
    }
}
