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
import java.util.HashMap;
import java.util.Map;

/**
 * One run per environment, across every console on this machine: an OS file lock on
 * {@code <lockDir>/<env>.lock}, which holds who and what ("root@ops1 pid 4242: terraform plan, since …").
 * The OS releases the lock when the process dies, so a crash never leaves an environment locked.
 *
 * <p>The lock is a POSIX record lock: closing <em>any</em> descriptor of the file drops every lock this
 * process holds on it. So while a lock is held here, its channel is the only descriptor of the file this
 * process ever opens: a refusal reads the holder through that channel, and the held channels are shared by
 * every instance in the process (keyed by the file's absolute path). The lock covers one user's consoles
 * on one machine for one site; other desktops are Terraform's backend state lock's business (ADR 0012).
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

    /** The channels of the locks this process holds: the only descriptors of those files it may have open. */
    private static final Map<Path, FileChannel> HELD_HERE = new HashMap<>();

    private final Path dir;

    public EnvironmentLocks(Path dir) {
        this.dir = dir;
    }

    /**
     * @param what the holder's description, written into the lock file for the next one who asks
     * @throws Busy  when another run (here or in another process) holds the environment
     */
    public Held acquire(String environmentId, String what) throws Busy, IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(environmentId + ".lock").toAbsolutePath().normalize();
        synchronized (HELD_HERE) {
            FileChannel mine = HELD_HERE.get(file);
            if (mine != null) {
                throw new Busy(holder(mine, file)); // read through the held channel: never a second descriptor
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                ch.close();
                throw e;
            }
            if (lock == null) {
                String holder = holder(ch, file); // this process holds nothing on the file: closing is safe
                ch.close();
                throw new Busy(holder);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(what.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            HELD_HERE.put(file, ch);
            FileLock held = lock;
            return () -> release(file, held, ch);
        }
    }

    private static void release(Path file, FileLock lock, FileChannel ch) {
        synchronized (HELD_HERE) {
            if (HELD_HERE.get(file) != ch) {
                return; // released already
            }
            try {
                ch.truncate(0);
                lock.release();
                ch.close();
            } catch (IOException ignored) {
                // closing the channel releases the lock in any case
            }
            HELD_HERE.remove(file);
        }
    }

    private static String holder(FileChannel ch, Path file) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(4096);
            long at = 0;
            int n;
            while (buf.hasRemaining() && (n = ch.read(buf, at)) > 0) {
                at += n;
            }
            buf.flip();
            String s = StandardCharsets.UTF_8.decode(buf).toString().strip();
            return s.isEmpty() ? "another process (" + file + ")" : s;
        } catch (IOException e) {
            return "another process (" + file + ")";
        }
    }
}
