package io.triptych.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Opens a web link in the user's browser, off the FX thread, with the OS's own opener. */
final class LinkOpener implements Consumer<String> {
    private final Executor workers;

    LinkOpener(Executor workers) {
        this.workers = workers;
    }

    @Override
    public void accept(String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return;
        }
        workers.execute(() -> {
            try {
                new ProcessBuilder(command(url)).inheritIO().start();
            } catch (Exception e) {
                System.err.println("triptych: could not open " + url + ": " + e.getMessage());
            }
        });
    }

    private static List<String> command(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        if (os.contains("mac")) {
            return List.of("open", url);
        }
        return List.of("xdg-open", url);
    }
}
