package io.triptych.app;

import io.triptych.ui.i18n.Language;
import io.triptych.ui.theme.ThemeName;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window needs from the command line. Empty language/theme/zoom: the remembered choice. {@code present}:
 * open in presentation mode ({@code --present}, with its mask and cycle).
 */
public record GuiOptions(Optional<Path> config, boolean readOnly, Optional<Language> language,
                         Optional<ThemeName> theme, int demoScale, long demoSeed, java.util.OptionalInt zoom,
                         Optional<io.triptych.ui.present.PresentOptions> present) {

    /** Not presenting. */
    public GuiOptions(Optional<Path> config, boolean readOnly, Optional<Language> language,
                      Optional<ThemeName> theme, int demoScale, long demoSeed, java.util.OptionalInt zoom) {
        this(config, readOnly, language, theme, demoScale, demoSeed, zoom, Optional.empty());
    }

    /** The remembered zoom, not presenting. */
    public GuiOptions(Optional<Path> config, boolean readOnly, Optional<Language> language,
                      Optional<ThemeName> theme, int demoScale, long demoSeed) {
        this(config, readOnly, language, theme, demoScale, demoSeed, java.util.OptionalInt.empty(), Optional.empty());
    }
}
