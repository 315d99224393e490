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
        mark(theme, scene.getRoot());
    }

    /**
     * Gives {@code root} the theme's style class ("theme-dark"). Only a change touches the list: any change of a
     * root's style classes makes JavaFX match the whole scene graph against the stylesheets again (ADR 0022).
     */
    public static void mark(ThemeName theme, javafx.scene.Parent root) {
        String wanted = "theme-" + theme.code();
        var classes = root.getStyleClass();
        if (classes.contains(wanted) && !classes.contains(theme == ThemeName.DARK ? "theme-light" : "theme-dark")) {
            return;
        }
        classes.removeAll("theme-light", "theme-dark");
        classes.add(wanted);
    }
}
