package io.triptych.ui.section;

import io.triptych.domain.Tone;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** A distinct icon per tone, so status never rests on colour alone. */
public final class ToneIcons {
    private ToneIcons() {
    }

    public static Ikon ikon(Tone tone) {
        return switch (tone) {
            case GOOD -> MaterialDesignC.CHECK_CIRCLE;
            case BUSY -> MaterialDesignP.PROGRESS_CLOCK;
            case WARN -> MaterialDesignA.ALERT;
            case BAD -> MaterialDesignC.CLOSE_CIRCLE;
            case IDLE -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
        };
    }

    public static FontIcon icon(Tone tone) {
        FontIcon icon = new FontIcon(ikon(tone));
        icon.getStyleClass().add(styleClass(tone));
        return icon;
    }

    /** "tone-good", "tone-bad"…: the CSS class that colours text and icon. */
    public static String styleClass(Tone tone) {
        return CLASSES.get(tone); // asked for every cell update: no string built each time
    }

    private static final java.util.Map<Tone, String> CLASSES = new java.util.EnumMap<>(Tone.class);

    static {
        for (Tone t : Tone.values()) {
            CLASSES.put(t, "tone-" + t.name().toLowerCase(Locale.ROOT));
        }
    }
}
