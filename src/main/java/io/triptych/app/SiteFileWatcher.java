package io.triptych.app;

import io.triptych.concurrent.DaemonThreads;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Watches one file (through its folder: editors replace files rather than write them) and calls back,
 * on its own daemon thread, once a burst of changes has settled for half a second.
 */
final class SiteFileWatcher implements AutoCloseable {
    private final Path file;
    private final Runnable changed;
    private final WatchService watcher;

    SiteFileWatcher(Path file, Runnable changed) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.changed = changed;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        Thread t = DaemonThreads.thread("triptych-site-watcher", this::loop);
        t.start();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean ours = touches(key);
                key.reset();
                WatchKey more;
                while ((more = watcher.poll(500, TimeUnit.MILLISECONDS)) != null) { // let the burst settle
                    ours |= touches(more);
                    more.reset();
                }
                if (ours) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private boolean touches(WatchKey key) {
        boolean ours = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.context() instanceof Path p && file.getFileName().equals(p.getFileName())) {
                ours = true;
            }
        }
        return ours;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
