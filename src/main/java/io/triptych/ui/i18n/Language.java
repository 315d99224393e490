package io.triptych.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Triptych speaks. The code is what `--lang` and the preferences store. */
public enum Language {
    EN("en", Locale.ENGLISH),
    FR("fr", Locale.FRENCH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The OS locale's language when Triptych speaks it, else English. */
    public static Language ofLocale(Locale locale) {
        return ofCode(locale.getLanguage()).orElse(EN);
    }
}
