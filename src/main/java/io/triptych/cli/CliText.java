package io.triptych.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The few command-line refusals said in the user's language (presentation mode's, for the partner labs): the
 * language of {@code --lang} when given, else the system's. From the messages bundles, without JavaFX.
 */
final class CliText {
    private final Locale locale;
    private final ResourceBundle bundle;

    CliText(Optional<String> lang) {
        this.locale = lang.filter(Values.LANGUAGES::contains).map(Locale::forLanguageTag).orElse(Locale.getDefault());
        this.bundle = ResourceBundle.getBundle("io.triptych.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
    }
}
