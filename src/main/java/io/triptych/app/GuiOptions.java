package io.triptych.app;

import io.triptych.ui.i18n.Language;
import io.triptych.ui.theme.ThemeName;
import java.nio.file.Path;
import java.util.Optional;

/** What the window needs from the command line. Empty language/theme/zoom: the remembered choice. */
public record GuiOptions(Optional<Path> config, boolean readOnly, Optional<Language> language,
                         Optional<ThemeName> theme, int demoScale, long demoSeed, java.util.OptionalInt zoom) {
}
