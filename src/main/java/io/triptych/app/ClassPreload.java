package io.triptych.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and links, on a background thread, the classes the FX thread is about to need for the first frame
 * (about 1,800 from the JavaFX, Ikonli, ControlsFX and Triptych jars, read and verified one by one), so the FX
 * thread finds them ready instead of reading them from the jars itself: the two cores work in parallel while
 * the window is built (ADR 0022). Nothing is initialised here: no static initialiser runs off the FX thread, so
 * no class sees the wrong thread. A name no longer in the build is skipped; the list is a hint, not a contract
 * ({@code bench/run.sh first-frame-classes} regenerates it). {@code -Dtriptych.preload=false} turns it off, to
 * measure it.
 */
final class ClassPreload {
    static final String LIST = "first-frame-classes.txt";
    static final String PROPERTY = "triptych.preload";

    private ClassPreload() {
    }

    /** Starts loading the listed classes on a daemon thread, unless turned off; returns it, or null. */
    static Thread start() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return null;
        }
        ClassLoader loader = ClassPreload.class.getClassLoader();
        Thread t = io.triptych.concurrent.DaemonThreads.thread("triptych-preload",
                () -> load(names(ClassPreload.class.getResourceAsStream(LIST)), loader));
        t.start();
        return t;
    }

    /** Loads and links each class (without initialising it); returns how many were found. */
    static int load(List<String> names, ClassLoader loader) {
        int found = 0;
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                c.getDeclaredConstructors(); // links (verifies) the class; runs none of its code
                found++;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // Not in this build (the list is a hint): the FX thread loads what it needs as before.
            }
        }
        return found;
    }

    /** Class names, one a line; blank lines and '#' comments skipped; none when there is no list. */
    static List<String> names(InputStream in) {
        List<String> names = new ArrayList<>();
        if (in == null) {
            return names;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            // A hint only: start without it.
        }
        return names;
    }
}
