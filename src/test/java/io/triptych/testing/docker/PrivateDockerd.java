package io.triptych.testing.docker;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import io.triptych.testing.Await;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private Docker engine for tests, started once per JVM on first use and stopped at JVM exit: its own
 * socket, data and exec roots in temporary folders, no iptables, no bridge, the vfs storage driver (works in
 * any container), a one-node swarm on free ports, and one image imported from a busybox-static rootfs
 * (no registry). Services must use {@code --network host} and trap TERM (a PID 1 shell ignores it).
 * <p>
 * Where no engine can be started (no dockerd, not root) tests are skipped with the reason — unless
 * TRIPTYCH_REQUIRE_DOCKER=1 (CI), where they fail instead.
 */
public final class PrivateDockerd {
    public static final String IMAGE = "triptych-test:1";
    private static final List<String> APPLETS = List.of("sh", "sleep", "echo", "seq", "cat", "date", "true");
    private static PrivateDockerd shared;
    private static String unavailable;

    private final Path dir;
    private final Path execRoot;
    private final String docker;
    private final Process dockerd;

    private PrivateDockerd(Path dir, Path execRoot, String docker, Process dockerd) {
        this.dir = dir;
        this.execRoot = execRoot;
        this.docker = docker;
        this.dockerd = dockerd;
    }

    /** The shared engine, started on first call; skips (or fails under TRIPTYCH_REQUIRE_DOCKER=1) when none can be. */
    public static synchronized PrivateDockerd get() {
        startOnce();
        if (shared == null) {
            String reason = "no private Docker engine: " + unavailable;
            if ("1".equals(System.getenv("TRIPTYCH_REQUIRE_DOCKER"))) {
                Assertions.fail(reason + " (TRIPTYCH_REQUIRE_DOCKER=1: the Swarm tests must run)");
            }
            Assumptions.abort(reason);
        }
        return shared;
    }

    /** The shared engine outside JUnit (benchmarks); throws with the reason when none can be started. */
    public static synchronized PrivateDockerd shared() {
        startOnce();
        if (shared == null) {
            throw new IllegalStateException("no private Docker engine: " + unavailable);
        }
        return shared;
    }

    private static void startOnce() {
        if (shared == null && unavailable == null) {
            try {
                shared = start();
            } catch (Exception e) {
                unavailable = e.getMessage();
            }
        }
    }

    /** "unix:///tmp/…/docker.sock". */
    public String host() {
        return "unix://" + dir.resolve("docker.sock");
    }

    /** Runs the docker CLI against this engine; its trimmed output, or an exception holding its error. */
    public String docker(String... args) {
        List<String> command = new ArrayList<>(List.of(docker, "-H", host()));
        command.addAll(List.of(args));
        return run(command, 120);
    }

    /** A name no other test uses: tests share the engine. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Creates a replicated service on the host network running {@code script} (TERM trapped) and returns its
     * name. Options go before the image, like "--replicas", "0", or "--label", "k=v".
     */
    public String service(String name, String script, String... options) {
        List<String> args = new ArrayList<>(List.of("service", "create", "-d", "-q", "--name", name,
                "--network", "host", "--stop-grace-period", "2s"));
        args.addAll(List.of(options));
        args.addAll(List.of(IMAGE, "sh", "-c", "trap exit TERM; " + script));
        docker(args.toArray(String[]::new));
        return name;
    }

    private static PrivateDockerd start() throws Exception {
        Path dockerdBin = onPath("dockerd");
        if (dockerdBin == null) {
            throw new IllegalStateException("no dockerd on PATH (apt-get install docker.io busybox-static)");
        }
        Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        if (!Integer.valueOf(0).equals(uid)) {
            throw new IllegalStateException("dockerd needs root and this JVM runs as uid " + uid);
        }
        Path busybox = Stream.of("/bin/busybox", "/usr/bin/busybox").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new IllegalStateException("no busybox (apt-get install busybox-static)"));
        // The Debian client matches the Debian engine; another docker earlier on PATH may be a newer client only.
        Path cli = Files.isExecutable(Path.of("/usr/bin/docker")) ? Path.of("/usr/bin/docker") : onPath("docker");
        if (cli == null) {
            throw new IllegalStateException("no docker CLI (apt-get install docker.io)");
        }
        Path dir = Files.createTempDirectory("triptych-dockerd");
        // The containerd socket lives under exec-root and a socket path must stay under 108 bytes.
        Path execRoot = Files.createTempDirectory(Path.of("/tmp"), "tdx");
        Process p = new ProcessBuilder(dockerdBin.toString(), "--iptables=false", "--ip6tables=false",
                "--bridge=none", "--storage-driver=vfs", "--host", "unix://" + dir.resolve("docker.sock"),
                "--data-root", dir.resolve("data").toString(), "--exec-root", execRoot.toString(),
                "--pidfile", dir.resolve("docker.pid").toString(), "--shutdown-timeout", "5")
                .redirectErrorStream(true).redirectOutput(dir.resolve("dockerd.log").toFile()).start();
        PrivateDockerd engine = new PrivateDockerd(dir, execRoot, cli.toString(), p);
        Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "private-dockerd-stop"));
        engine.awaitReady();
        engine.docker("swarm", "init", "--advertise-addr", "127.0.0.1", "--listen-addr",
                "127.0.0.1:" + freeTcpPort(), "--data-path-port", String.valueOf(freeUdpPort()));
        engine.importImage(busybox);
        return engine;
    }

    private void awaitReady() throws Exception {
        boolean ready = Await.poll(() -> {
            if (!dockerd.isAlive()) {
                throw new IllegalStateException("dockerd exited: " + lastLog());
            }
            try {
                docker("version");
                return true;
            } catch (IllegalStateException notYet) {
                return false;
            }
        }, Boolean::booleanValue, Duration.ofSeconds(60), Duration.ofMillis(200));
        if (!ready) {
            throw new IllegalStateException("dockerd did not answer within 60 s: " + lastLog());
        }
    }

    private void importImage(Path busybox) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("rootfs/bin"));
        Files.copy(busybox, bin.resolve("busybox"));
        for (String applet : APPLETS) {
            Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
        }
        run(List.of("sh", "-c", "tar -C \"$1\" -c . | \"$2\" -H \"$3\" import - \"$4\"", "import",
                dir.resolve("rootfs").toString(), docker, host(), IMAGE), 120);
    }

    /**
     * Stops the engine and leaves nothing behind: services removed and their containers gone first (dockerd
     * then stops in a second), dockerd stopped (killed after 40 s, then any containerd shim of this exec root
     * too), every mount under its folders undone (network namespaces, the data root), folders deleted.
     */
    private synchronized void stop() {
        try {
            drain();
            dockerd.destroy();
            if (!dockerd.waitFor(40, TimeUnit.SECONDS)) {
                dockerd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            killLeftovers();
            unmountUnder(execRoot);
            unmountUnder(dir);
            delete(execRoot);
            delete(dir);
        } catch (Exception e) {
            System.err.println("private dockerd: cleanup incomplete in " + dir + " and " + execRoot + ": " + e);
        }
    }

    private void drain() throws Exception {
        try {
            String services = docker("service", "ls", "-q");
            if (!services.isEmpty()) {
                List<String> rm = new ArrayList<>(List.of("service", "rm"));
                rm.addAll(List.of(services.split("\\s+")));
                docker(rm.toArray(String[]::new));
            }
            Await.poll(() -> docker("ps", "-aq"), String::isEmpty, Duration.ofSeconds(60), Duration.ofMillis(500));
        } catch (IllegalStateException engineGone) {
            // nothing to drain through the API: the steps below still clean up
        }
    }

    /** containerd shims outlive a killed dockerd; they name this exec root on their command line. */
    private void killLeftovers() {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(execRoot.toString())).orElse(false))
                .forEach(p -> {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                });
    }

    private static void unmountUnder(Path root) throws IOException {
        String prefix = root.toString() + "/";
        List<String> mounts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
            String[] f = line.split(" ");
            if (f.length > 1 && (f[1].startsWith(prefix) || f[1].equals(root.toString()))) {
                mounts.add(f[1]);
            }
        }
        mounts.sort(Comparator.reverseOrder()); // deepest first
        for (String m : mounts) {
            run(List.of("umount", "-l", m), 30);
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private String lastLog() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("dockerd.log"), StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String run(List<String> command, int timeoutSeconds) {
        try {
            Path out = Files.createTempFile("docker-cli", ".out");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(command + " took more than " + timeoutSeconds + " s");
                }
                String text = Files.readString(out).strip();
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command.subList(1, command.size())) + ": " + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Path onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        for (String d : List.of("/usr/sbin", "/usr/bin", "/sbin")) {
            if (Files.isExecutable(Path.of(d, name))) {
                return Path.of(d, name);
            }
        }
        return null;
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Swarm wants its data-path (VXLAN) port in 1024-49151, below the ephemeral range the OS hands out. */
    private static int freeUdpPort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 50; i++) {
            int port = 20000 + random.nextInt(20000);
            try (DatagramSocket s = new DatagramSocket(port)) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free UDP port for the swarm data path");
    }
}
