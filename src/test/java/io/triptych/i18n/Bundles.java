package io.triptych.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The three message bundles read straight from the class path, as UTF-8 text (the files' encoding). */
final class Bundles {
    static final String ENGLISH = "messages.properties";
    static final String FRENCH = "messages_fr.properties";
    static final String CHINESE = "messages_zh.properties";

    private Bundles() {
    }

    /** Keys in sorted order, so failures list them predictably. */
    static Map<String, String> read(String file) {
        String path = "/io/triptych/i18n/" + file;
        try (InputStream in = Bundles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> sorted = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Locale locale(String file) {
        switch (file) {
            case FRENCH:
                return Locale.FRENCH;
            case CHINESE:
                return Locale.SIMPLIFIED_CHINESE;
            default:
                return Locale.ENGLISH;
        }
    }
}
