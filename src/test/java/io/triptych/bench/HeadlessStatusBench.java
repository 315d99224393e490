package io.triptych.bench;

import io.triptych.openstack.FakeOpenStack;
import io.triptych.openstack.FakeRequests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code triptych status --json} at scale, as cron runs it: a child JVM ({@code io.triptych.app.Main}, the real
 * OpenStack client over HTTP) against one {@link FakeOpenStack} per environment (3 × 5,000 servers, 8,000 volumes,
 * 600 security groups by default), each adding a latency to every request and paging as Nova, Cinder and Neutron
 * do ({@code limit}, {@code marker}, {@code <collection>_links} next links, at most 1,000 a page).
 *
 * <p>Prints per run the process's wall time and peak RSS (VmHWM, polled from /proc until exit), and the longest
 * chain of dependent requests, derived from the fakes' request logs: for each cloud and each list, the token
 * request followed by that list's pages one after another (a page's marker comes from the page before, so no
 * client can overlap them); the chain's length is the sum of the time the fake spent on each of its requests,
 * from arrival to the last byte written (the latency plus serving). Two ratios: the whole process
 * (JVM start, site file and clouds.yaml read: "JVM start in") and from the first request the fakes received
 * to the process's exit ("JVM start out": everything the command does once it talks to the clouds, including
 * writing the JSON and exiting). The target is on the second; the first is printed as well.
 *
 * <p>Run 1 is a warm-up (the fakes compute and cache their answers, so later runs measure the client, not the
 * fake's serialisation): not counted. With {@code --cds FILE} the warm-up also dumps an AppCDS archive and the
 * measured runs alternate without and with it. The fakes share the machine's cores with the child.
 *
 * <p>A command, not a test; lines starting with {@code RESULT} are for bench/run.sh:
 * <pre>
 * java -cp BENCH_CP io.triptych.bench.HeadlessStatusBench --app-cp 'target/triptych.jar:target/lib/*' \
 *     [--envs 3] [--servers 5000] [--volumes 8000] [--groups 600] [--latency-ms 20] [--runs 3] \
 *     [--java-opts "-XX:TieredStopAtLevel=1"] [--cds /tmp/status.jsa] [--work DIR] [--compare-cp 'OTHER_CP']
 * </pre>
 * With {@code --compare-cp} (e.g. main's jar and lib) one more run of that build against the same fakes checks that
 * its output is byte for byte the last measured run's ("generatedAt" aside): a faster client must print the same.
 * Each run also prints its CPU by kind of thread (main, other Java threads, JIT C1 and C2, GC and VM), polled from
 * /proc every 50 ms: a cold JVM's JIT can cost more than the work it compiles.
 * <pre>
 * </pre>
 */
public final class HeadlessStatusBench {
    private static final String[] LISTS = {"/servers/detail", "/volumes/detail", "/security-groups",
        "/flavors/detail", "/v2/images"};

    private HeadlessStatusBench() {
    }

    public static void main(String[] args) throws Exception {
        int envs = intArg(args, "--envs", 3);
        int servers = intArg(args, "--servers", 5000);
        int volumes = intArg(args, "--volumes", 8000);
        int groups = intArg(args, "--groups", 600);
        int latency = intArg(args, "--latency-ms", 20);
        int runs = intArg(args, "--runs", 3);
        String appCp = absolute(arg(args, "--app-cp", System.getProperty("java.class.path")));
        String opts = arg(args, "--java-opts", "");
        String cds = arg(args, "--cds", "");
        String compareCp = arg(args, "--compare-cp", "");
        Path work = Path.of(arg(args, "--work", Files.createTempDirectory("headless-status").toString()));
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "%d environments × (%d servers, %d volumes, %d security groups), %d ms per "
                + "request; child JVM options: %s%n", envs, servers, volumes, groups, latency,
                opts.isBlank() ? "(none)" : opts);
        List<FakeOpenStack> clouds = new ArrayList<>();
        try {
            StringBuilder cloudsYaml = new StringBuilder("clouds:\n");
            StringBuilder site = new StringBuilder("site: Headless bench\nenvironments:\n");
            for (int i = 1; i <= envs; i++) {
                FakeOpenStack cloud = FakeOpenStack.sized(servers, volumes, groups, Duration.ofMillis(latency));
                clouds.add(cloud);
                cloudsYaml.append(cloud.cloudsEntry("env" + i));
                site.append("  - id: env").append(i).append("\n    name: Environment ").append(i)
                        .append("\n    openstack: { cloud: env").append(i).append(", clouds-file: ./clouds.yaml }\n");
            }
            Files.writeString(work.resolve("clouds.yaml"), cloudsYaml);
            Path siteFile = Files.writeString(work.resolve("site.yaml"), site);
            List<String> base = splitOpts(opts);

            List<String> warm = new ArrayList<>(base);
            if (!cds.isBlank()) {
                Files.deleteIfExists(Path.of(cds));
                warm.add("-XX:ArchiveClassesAtExit=" + cds);
            }
            Run w = run(work, appCp, warm, siteFile, clouds, envs, servers, volumes, latency);
            System.out.println("warm-up (not counted" + (cds.isBlank() ? "" : ", dumps the AppCDS archive") + "): "
                    + w.line());
            List<String> withCds = new ArrayList<>(base);
            if (!cds.isBlank()) {
                if (Files.isRegularFile(Path.of(cds))) {
                    withCds.add("-XX:SharedArchiveFile=" + cds);
                    System.out.printf(Locale.ROOT, "AppCDS archive %s: %d MB%n", cds, Files.size(Path.of(cds)) >> 20);
                } else {
                    System.out.println("AppCDS: the archive was not written; measuring without only");
                }
            }
            Map<String, List<Run>> byKind = new LinkedHashMap<>();
            for (int r = 1; r <= runs; r++) {
                Run plain = run(work, appCp, base, siteFile, clouds, envs, servers, volumes, latency);
                byKind.computeIfAbsent("default", k -> new ArrayList<>()).add(plain);
                System.out.println("run " + r + ": " + plain.line());
                if (withCds.size() > base.size()) {
                    Run c = run(work, appCp, withCds, siteFile, clouds, envs, servers, volumes, latency);
                    byKind.computeIfAbsent("cds", k -> new ArrayList<>()).add(c);
                    System.out.println("run " + r + " with AppCDS: " + c.line());
                }
            }
            byKind.forEach((kind, list) -> summary(kind, list));
            if (!compareCp.isBlank()) {
                compare(work, absolute(compareCp), base, siteFile, clouds, envs, servers, volumes, latency);
            }
        } finally {
            clouds.forEach(FakeOpenStack::close);
        }
    }

    /**
     * The same command from another build (--compare-cp, e.g. main's) against the same fakes, whose ids are random
     * per bench run: its output must be byte for byte the last measured run's, "generatedAt" aside.
     */
    private static void compare(Path work, String otherCp, List<String> opts, Path site, List<FakeOpenStack> clouds,
                                int envs, int servers, int volumes, int latency) throws Exception {
        Path ours = work.resolve("status.json");
        Path kept = Files.copy(ours, work.resolve("status-measured.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run other = run(work, otherCp, opts, site, clouds, envs, servers, volumes, latency);
        System.out.println("--compare-cp run: " + other.line());
        List<String> a = withoutGeneratedAt(kept);
        List<String> b = withoutGeneratedAt(ours);
        int line = 0;
        while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
            line++;
        }
        boolean same = a.size() == b.size() && line == a.size();
        System.out.println("output of --compare-cp " + (same ? "identical" : "DIFFERS from line " + (line + 1) + ": "
                + (line < a.size() ? a.get(line) : "(end)") + " | " + (line < b.size() ? b.get(line) : "(end)"))
                + " (" + a.size() + " lines, generatedAt aside)");
        System.out.println("RESULT headless.output_identical_to_compare_cp " + same);
    }

    private static List<String> withoutGeneratedAt(Path json) throws IOException {
        return Files.readAllLines(json, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("  \"generatedAt\": ")).toList();
    }

    /** Medians of the measured runs, and RESULT lines. */
    private static void summary(String kind, List<Run> list) {
        long wall = median(list.stream().mapToLong(Run::wallMs).toArray());
        long fetch = median(list.stream().mapToLong(Run::fromFirstRequestMs).toArray());
        long start = median(list.stream().mapToLong(Run::toFirstRequestMs).toArray());
        long chain = median(list.stream().mapToLong(Run::chainMs).toArray());
        long hwm = list.stream().mapToLong(Run::hwmMb).max().orElse(0);
        long cpu = median(list.stream().mapToLong(Run::cpuMs).toArray());
        Run any = list.get(0);
        System.out.printf(Locale.ROOT, "%s (median of %d): wall %d ms (JVM start to first request %d ms), first request "
                + "to exit %d ms; longest chain %d ms (%d requests: %s); ratio %.2f with JVM start, %.2f without "
                + "(target <= 1.3); peak RSS max %d MB (target <= 450); CPU (user+sys) %d ms%n", kind, list.size(), wall,
                start, fetch, chain, any.chainRequests(), any.chainName(), wall / (double) chain, fetch / (double) chain,
                hwm, cpu);
        String p = "headless." + kind + ".";
        System.out.println("RESULT " + p + "wall_ms " + wall);
        System.out.println("RESULT " + p + "start_to_first_request_ms " + start);
        System.out.println("RESULT " + p + "first_request_to_exit_ms " + fetch);
        System.out.println("RESULT " + p + "chain_ms " + chain);
        System.out.println("RESULT " + p + "chain_requests " + any.chainRequests());
        System.out.printf(Locale.ROOT, "RESULT %sratio_with_jvm_start %.2f%n", p, wall / (double) chain);
        System.out.printf(Locale.ROOT, "RESULT %sratio %.2f%n", p, fetch / (double) chain);
        System.out.println("RESULT " + p + "hwm_mb " + hwm);
        System.out.println("RESULT " + p + "cpu_ms " + cpu);
        System.out.println("RESULT " + p + "requests " + any.requests());
    }

    record Run(int exit, long wallMs, long toFirstRequestMs, long fromFirstRequestMs, long chainMs, int chainRequests,
               String chainName, long hwmMb, long cpuMs, int requests, long outBytes, String counts) {
        String line() {
            return String.format(Locale.ROOT, "exit %d, wall %d ms (first request after %d ms, exit %d ms after it), "
                    + "chain %d ms / %d requests (%s), ratio %.2f (%.2f with JVM start), peak RSS %d MB, CPU %d ms, "
                    + "%d requests, %.1f MB of JSON, %s", exit, wallMs, toFirstRequestMs, fromFirstRequestMs, chainMs,
                    chainRequests, chainName, fromFirstRequestMs / (double) chainMs, wallMs / (double) chainMs, hwmMb,
                    cpuMs, requests,
                    outBytes / 1048576.0, counts);
        }
    }

    private static Run run(Path work, String appCp, List<String> opts, Path site, List<FakeOpenStack> clouds,
                           int envs, int servers, int volumes, int latency) throws Exception {
        clouds.forEach(c -> c.requests().clear());
        Path out = work.resolve("status.json");
        Path err = work.resolve("status.err");
        List<String> command = new ArrayList<>();
        Path time = work.resolve("time.txt");
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) { // its ru_maxrss is the exact peak; the /proc polling below is the fallback
            Files.deleteIfExists(time);
            command.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", time.toString()));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(opts);
        command.addAll(List.of("-Dtriptych.prefs.node=triptych-bench", "-Dtriptych.data.dir=" + work.resolve("data"),
                "-cp", appCp, "io.triptych.app.Main", "status", "--json", "--config", site.toString(),
                "--timeout", "120s"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("TRIPTYCH_CONFIG");
        pb.environment().remove("OS_CLIENT_CONFIG_FILE");
        pb.environment().put("XDG_CONFIG_HOME", work.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", work.resolve("xdg-data").toString());
        long started = System.nanoTime();
        Process p = pb.start();
        long hwm = 0;
        Map<Long, long[]> threadTicks = new java.util.HashMap<>(); // tid -> {kind, utime + stime}
        for (int poll = 0; p.isAlive(); poll++) {
            // With /usr/bin/time in front, the JVM is its child.
            long pid = p.toHandle().children().findFirst().orElse(p.toHandle()).pid();
            hwm = Math.max(hwm, hwmKb(Path.of("/proc", String.valueOf(pid), "status")));
            if (poll % 10 == 0) {
                threadTicks(pid, threadTicks);
            }
            p.waitFor(5, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        long ended = System.nanoTime();
        int exit = p.exitValue();
        long cpuMs = -1;
        if (gnuTime && Files.isRegularFile(time)) {
            String[] last = Files.readString(time).strip().replaceAll("(?s).*\\n", "").split(" ");
            if (last.length == 3 && last[0].matches("[0-9]+")) {
                hwm = Math.max(hwm, Long.parseLong(last[0]));
                cpuMs = Math.round((Double.parseDouble(last[1]) + Double.parseDouble(last[2])) * 1000);
            }
        }
        String json = Files.readString(out, StandardCharsets.UTF_8);
        String counts = count(json, "\"flavor\": ") + " servers, " + count(json, "\"sizeGb\": ") + " volumes, "
                + count(json, "\"rules\": ") + " groups in the output (expected " + envs * servers + ", "
                + envs * volumes + ")";
        long[] byKind = new long[KINDS.length];
        threadTicks.values().forEach(t -> byKind[(int) t[0]] += t[1]);
        StringBuilder kinds = new StringBuilder("CPU by thread (polled every 50 ms, so a little short): ");
        for (int k = 0; k < KINDS.length; k++) {
            kinds.append(k == 0 ? "" : ", ").append(KINDS[k]).append(' ').append(byKind[k] * 10).append(" ms");
        }
        counts += "; " + kinds;
        String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
        if (!stderr.isEmpty()) {
            counts += "; stderr: " + stderr;
        }
        long firstRequest = Long.MAX_VALUE;
        long chain = 0;
        int chainRequests = 0;
        String chainName = "";
        int requests = 0;
        for (int i = 0; i < clouds.size(); i++) {
            List<FakeRequests.Timed> log = clouds.get(i).requests().timed();
            requests += log.size();
            long token = 0;
            int tokens = 0;
            for (FakeRequests.Timed t : log) {
                firstRequest = Math.min(firstRequest, t.receivedNanos());
                if (t.line().contains("/auth/tokens")) {
                    token = Math.max(token, t.answeredNanos() - t.receivedNanos());
                    tokens = 1;
                }
            }
            for (String list : LISTS) {
                long sum = token;
                int n = tokens;
                for (FakeRequests.Timed t : log) {
                    if (t.line().contains(list + "?") || t.line().endsWith(list)) {
                        sum += t.answeredNanos() - t.receivedNanos();
                        n++;
                    }
                }
                if (sum > chain) {
                    chain = sum;
                    chainRequests = n;
                    chainName = "env" + (i + 1) + ": token → " + (n - tokens) + " × " + list;
                }
            }
        }
        long toFirst = firstRequest == Long.MAX_VALUE ? 0 : (firstRequest - started) / 1_000_000;
        long fromFirst = firstRequest == Long.MAX_VALUE ? 0 : (ended - firstRequest) / 1_000_000;
        return new Run(exit, (ended - started) / 1_000_000, toFirst, fromFirst, Math.max(1, chain / 1_000_000),
                chainRequests, chainName, hwm / 1024, cpuMs, requests, Files.size(out), counts);
    }

    /** Kinds of the child's threads, by the name Linux knows them by (/proc/PID/task/TID/stat). */
    private static final String[] KINDS = {"main", "other Java threads", "JIT C1", "JIT C2", "GC and VM"};

    private static int kind(String comm) {
        if (comm.equals("java")) {
            return 0; // the launcher's thread and the main thread keep the process's name
        }
        if (comm.startsWith("C1 Compiler")) {
            return 2;
        }
        if (comm.startsWith("C2 Compiler")) {
            return 3;
        }
        return comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.startsWith("VM ")
                || comm.startsWith("Service Thread") || comm.startsWith("Sweeper") ? 4 : 1;
    }

    /** Each thread's user + system clock ticks so far (at 100 a second); the last reading of each is kept. */
    private static void threadTicks(long pid, Map<Long, long[]> ticks) {
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(Long.parseLong(task.getFileName().toString()),
                            new long[] {kind(comm), Long.parseLong(f[11]) + Long.parseLong(f[12])});
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just exited
        }
    }

    private static long hwmKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just exited: keep the last reading
        }
        return 0;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** The child runs in the work folder: relative class path entries are made absolute here. */
    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .map(e -> e.endsWith("*") ? Path.of(e.substring(0, e.length() - 1)).toAbsolutePath() + "/*"
                        : Path.of(e).toAbsolutePath().toString())
                .reduce((a, b) -> a + java.io.File.pathSeparator + b).orElse(classPath);
    }

    private static List<String> splitOpts(String opts) {
        return opts.isBlank() ? List.of() : Arrays.asList(opts.trim().split("\\s+"));
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(arg(args, name, String.valueOf(fallback)));
    }
}
