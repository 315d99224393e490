package io.triptych.iac;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts real binaries. SIGINT has no Java API: it is sent with the system's {@code kill -INT <pid>}, which
 * is what Terraform and Ansible expect from Ctrl+C (Terraform then stops cleanly and releases its state lock).
 *
 * <p>A console started with SIGINT ignored (a script's background job, {@code nohup}) would pass that on to
 * the tools, and Cancel would then reach Ansible only as SIGTERM after the grace period. Where GNU
 * {@code env --default-signal} exists (coreutils 8.31+, every current Linux), tools start through it with
 * SIGINT at its default; {@code env} execs the tool, so the pid is the tool's.
 */
public final class OsProcessLauncher implements ProcessLauncher {
    private static volatile Boolean envRestoresSignals;

    @Override
    public RunningProcess start(List<String> command, Path workDir, Map<String, String> environment)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(withDefaultInterrupt(command)).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(environment);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return new OsProcess(pb.start());
    }

    private static List<String> withDefaultInterrupt(List<String> command) {
        if (!envRestoresSignals()) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(command.size() + 2);
        wrapped.add("env");
        wrapped.add("--default-signal=INT");
        wrapped.addAll(command);
        return wrapped;
    }

    /** Asked once (on the worker that starts the first run): does this system's env know --default-signal? */
    private static boolean envRestoresSignals() {
        Boolean known = envRestoresSignals;
        if (known == null) {
            boolean works;
            try {
                Process p = new ProcessBuilder("env", "--default-signal=INT", "true")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                works = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
                p.destroyForcibly();
            } catch (IOException e) {
                works = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                works = false;
            }
            envRestoresSignals = known = works;
        }
        return known;
    }

    private static final class OsProcess implements RunningProcess {
        private final Process process;

        OsProcess(Process process) {
            this.process = process;
        }

        @Override
        public InputStream output() {
            return process.getInputStream();
        }

        @Override
        public int waitFor() throws InterruptedException {
            return process.waitFor();
        }

        @Override
        public boolean waitFor(Duration timeout) throws InterruptedException {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public void signal(Signal signal) {
            if (!process.isAlive()) {
                return;
            }
            switch (signal) {
                case INT:
                    interrupt();
                    break;
                case TERM:
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroy();
                    break;
                default:
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    break;
            }
        }

        /** As Ctrl+C in a terminal: SIGINT to the tool and the processes it started (providers, workers). */
        private void interrupt() {
            java.util.List<String> kill = new java.util.ArrayList<>(java.util.List.of("kill", "-INT",
                    Long.toString(process.pid())));
            process.descendants().forEach(d -> kill.add(Long.toString(d.pid())));
            try {
                new ProcessBuilder(kill)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                process.destroy(); // no kill command: TERM is the next best thing
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
