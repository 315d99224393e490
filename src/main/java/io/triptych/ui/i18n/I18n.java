package io.triptych.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Every visible string, from the {@code messages} bundles. Labels bind to {@link #text}, so switching
 * the language re-labels the whole window at once, without a restart.
 */
public final class I18n {
    private static final String BUNDLE = "io.triptych.i18n.messages";

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private Language loaded;
    private ResourceBundle bundle;

    public I18n(Language initial) {
        language.set(initial);
    }

    /**
     * The bundle of the current language, loaded on first use. Derived here rather than in a listener:
     * bindings recompute during invalidation, before any change listener could swap the bundle.
     */
    private ResourceBundle bundle() {
        Language now = language.get();
        if (now != loaded) {
            bundle = load(now);
            loaded = now;
        }
        return bundle;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public Locale locale() {
        return language.get().locale();
    }

    /** The text of a key now; "⟦key⟧" when a bundle lacks it, so a gap is visible, not silent. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
        try {
            return new MessageFormat(pattern, locale()).format(args);
        } catch (IllegalArgumentException e) {
            return pattern; // a broken translation shows its raw text rather than breaking the window
        }
    }

    /** Whether the bundle has a key (used for optional translations such as status words). */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** A binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    /** A binding that follows the language and an argument that changes. */
    public StringBinding text(String key, ObservableValue<?> arg) {
        return Bindings.createStringBinding(() -> get(key, arg.getValue()), language, arg);
    }

    /** A backend status word in the user's language where we know it ("ACTIVE" → "actif"), else as is. */
    public String status(String raw) {
        String key = "status." + raw.toLowerCase(Locale.ROOT).replace(' ', '_');
        return has(key) ? get(key) : raw;
    }

    private static ResourceBundle load(Language l) {
        return ResourceBundle.getBundle(BUNDLE, l.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
