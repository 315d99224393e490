package io.triptych.iac;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * One run per environment, across every console on this machine: an OS file lock on
 * {@code <lockDir>/<env>.lock}, which holds who and what ("root@ops1 pid 4242: terraform plan, since …").
 * The OS releases the lock when the process dies, so a crash never leaves an environment locked.
 */
public final class EnvironmentLocks {
    /** A held lock; closing releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Refused: someone holds the environment. {@link #getMessage()} says who and what. */
    public static final class Busy extends Exception {
        public Busy(String holder) {
            super(holder);
        }
    }

    private final Path dir;
    private final Set<String> heldHere = new HashSet<>();

    public EnvironmentLocks(Path dir) {
        this.dir = dir;
    }

    /**
     * @param what the holder's description, written into the lock file for the next one who asks
     * @throws Busy  when another run (here or in another process) holds the environment
     */
    public Held acquire(String environmentId, String what) throws Busy, IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(environmentId + ".lock");
        synchronized (heldHere) {
            if (heldHere.contains(environmentId)) {
                throw new Busy(holder(file));
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new Busy(holder(file));
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(what.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            heldHere.add(environmentId);
            FileLock held = lock;
            return () -> release(environmentId, held, ch);
        }
    }

    private void release(String environmentId, FileLock lock, FileChannel ch) {
        synchronized (heldHere) {
            try {
                ch.truncate(0);
                lock.release();
                ch.close();
            } catch (IOException ignored) {
                // closing the channel releases the lock in any case
            }
            heldHere.remove(environmentId);
        }
    }

    private static String holder(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "another process (" + file + ")" : s;
        } catch (IOException e) {
            return "another process (" + file + ")";
        }
    }
}
