package io.triptych.app;

import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.CjkFont;
import io.triptych.ui.i18n.FontPackages;
import io.triptych.ui.i18n.Language;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Before a picture in Chinese is drawn (`snapshot`, `report --out FILE.png`): refuse, naming the package to
 * install, rather than write a PNG of empty boxes. Starts the toolkit (headless) if it is not running yet; the
 * picture then reuses it.
 */
final class CjkCheck {
    private CjkCheck() {
    }

    /** The one line a user reads when there is no CJK font (command line and window alike). */
    static String message() {
        return "no Chinese (CJK) font on this machine: Chinese text would be drawn as empty boxes. Install one: "
                + FontPackages.forSystem();
    }

    /** The refusal for {@code language}, or null when it can be drawn. */
    static String refusal(Language language) throws Exception {
        if (!CjkFont.needed(language)) {
            return null;
        }
        CompletableFuture<Boolean> ok = new CompletableFuture<>();
        Runnable test = () -> {
            try {
                ok.complete(CjkFont.available());
            } catch (RuntimeException e) {
                ok.completeExceptionally(e);
            }
        };
        try {
            Platform.startup(test);
        } catch (IllegalStateException alreadyRunning) {
            UiTasks.later(test);
        }
        return ok.get(60, TimeUnit.SECONDS) ? null : message();
    }
}
