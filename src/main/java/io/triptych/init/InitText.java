package io.triptych.init;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of {@code triptych init} and of the wizard's shared lines, from the messages bundles, without JavaFX. */
public final class InitText {
    private final Locale locale;
    private final ResourceBundle bundle;

    public InitText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("io.triptych.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
    }

    /** One test result on one line: "integration · cloud:fsgs-int — OK: token issued". */
    public String outcome(String environment, Found item, Prober.Outcome o) {
        String word = get("init.test." + o.state().name().toLowerCase(Locale.ROOT));
        return get("init.test.line", environment, item.ref(), word, o.detail());
    }
}
