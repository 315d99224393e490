package io.triptych.triage;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns a message key and its arguments into text. The window passes its I18n; the command line and
 * the status output use {@link #bundle}: the same bundles, read without JavaFX.
 */
@FunctionalInterface
public interface MessageLookup {
    String get(String key, Object... args);

    /** The messages bundle of a locale ("⟦key⟧" for a missing key, as the window shows it). */
    static MessageLookup bundle(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("io.triptych.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, args) -> {
            try {
                return new MessageFormat(b.getString(key), locale).format(args);
            } catch (MissingResourceException e) {
                return "⟦" + key + "⟧";
            }
        };
    }

    /** English: what `status` prints and the domain {@code Problem} carries. */
    static MessageLookup english() {
        return Holder.ENGLISH;
    }

    /** Loaded once: every snapshot formats its problems with it. */
    final class Holder {
        private static final MessageLookup ENGLISH = bundle(Locale.ENGLISH);

        private Holder() {
        }
    }
}
