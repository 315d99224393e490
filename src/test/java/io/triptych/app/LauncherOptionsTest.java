package io.triptych.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The launcher's JVM options have one source, src/main/launcher/jvm.options (ADR 0023), and the three ways
 * to start the window carry exactly those: {@code mvn javafx:run} (the pom), the jar's launcher script
 * (target/triptych) and the jpackage image (packaging/package.sh). What only the environment can say (GDK_GL) is
 * set inside the process by FxStart (GtkGlOff, MallocMmapThreshold), which all three run.
 */
class LauncherOptionsTest {
    private static final Path OPTIONS = Path.of("src/main/launcher/jvm.options");
    private static final Path SCRIPT = Path.of("src/main/launcher/triptych");

    @TempDir
    Path dir;

    @Test
    void everyOptionIsOneThisJvmKnows() throws Exception {
        List<String> options = jvmOptions();
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xmx")), "a maximum heap is chosen: " + options);
        Result r = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + OPTIONS.toAbsolutePath(), "-version"), Map.of());
        assertEquals(0, r.exit, r.output);
        assertTrue(!r.output.contains("Unrecognized") && !r.output.contains("warning"), r.output);
    }

    @Test
    void mavenRunReadsTheOptionsFile() throws Exception {
        Element plugin = plugin("javafx-maven-plugin");
        NodeList options = plugin.getElementsByTagName("option");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < options.getLength(); i++) {
            values.add(options.item(i).getTextContent().trim());
        }
        assertEquals(List.of("@${project.basedir}/" + OPTIONS), values);
    }

    @Test
    void packageShGivesTheImageTheSameOptionsAndItsArchive() throws Exception {
        Result r = run(List.of("bash", "packaging/package.sh", "--print-java-options", OPTIONS.toString()), Map.of());
        assertEquals(0, r.exit, r.output);
        List<String> expected = new ArrayList<>(jvmOptions());
        expected.add("-XX:SharedArchiveFile=$APPDIR/triptych.jsa");
        assertEquals(expected, r.output.lines().collect(Collectors.toList()));
    }

    @Test
    void theJarLauncherStartsJavaWithTheOptionsFileAndTheArguments() throws Exception {
        Path app = installLauncher();
        Result r = run(List.of(app.resolve("triptych").toString(), "status", "--json"),
                Map.of("JAVA", fakeJava().toString(), "TRIPTYCH_CDS", "0", "MALLOC_ARENA_MAX", ""));
        assertEquals(0, r.exit, r.output);
        assertEquals(List.of("@" + app.resolve("jvm.options"), "-XX:TieredStopAtLevel=1", "-jar",
                app.resolve("triptych.jar").toString(), "status", "--json"), recordedArguments(1));
        for (Map.Entry<String, String> e : environmentLines().entrySet()) {
            assertTrue(Files.readAllLines(dir.resolve("env-1")).contains(e.getKey() + "=" + e.getValue()),
                    "the launcher sets " + e.getKey() + " from jvm.options");
        }
    }

    @Test
    void statusRunsWithTheC1CompilerOnlyAndTheWindowKeepsC2() throws Exception {
        // A status is a cold JVM for a second or two: C2's compilations cost more CPU than they save there.
        Path app = installLauncher();
        Map<String, String> env = Map.of("JAVA", fakeJava().toString(), "TRIPTYCH_CDS", "0");
        assertEquals(0, run(List.of(app.resolve("triptych").toString(), "status", "--json"), env).exit);
        assertEquals(0, run(List.of(app.resolve("triptych").toString(), "--lang", "fr"), env).exit);

        assertTrue(recordedArguments(1).contains("-XX:TieredStopAtLevel=1"), recordedArguments(1).toString());
        assertTrue(recordedArguments(2).stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel")),
                recordedArguments(2).toString());
    }

    @Test
    void theJarLauncherDumpsAnArchiveOnTheFirstRunAndMapsItAfterwards() throws Exception {
        Path app = installLauncher();
        Map<String, String> env = Map.of("JAVA", fakeJava().toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString());
        assertEquals(0, run(List.of(app.resolve("triptych").toString(), "--lang", "fr"), env).exit);
        List<String> first = recordedArguments(1);
        String dump = first.stream().filter(a -> a.startsWith("-XX:ArchiveClassesAtExit=")).findFirst()
                .orElseThrow(() -> new AssertionError("first run does not dump: " + first));
        List<Path> archives;
        try (Stream<Path> s = Files.list(dir.resolve("cache/triptych/cds"))) {
            archives = s.collect(Collectors.toList());
        }
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().matches("window-.*\\.jsa"), archives.toString());
        assertTrue(!Files.exists(Path.of(dump.substring(dump.indexOf('=') + 1))), "the dump was renamed");

        assertEquals(0, run(List.of(app.resolve("triptych").toString(), "--lang", "fr"), env).exit);
        assertTrue(recordedArguments(2).contains("-XX:SharedArchiveFile=" + archives.get(0)), recordedArguments(2).toString());
        assertTrue(recordedArguments(2).containsAll(List.of("--lang", "fr")));
    }

    @Test
    void noOptionIsAnEnvironmentVariableSinceThePackagedLauncherCouldNotSetIt() throws Exception {
        // The jpackage launcher's cfg and the Maven plugin carry JVM options only: what needs the environment
        // (GDK_GL=disable) is set by the process itself before the toolkit starts (GtkGlOff), for every launcher.
        assertEquals(Map.of(), environmentLines());
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The options as java reads an @argfile: words, '#' to the end of a line is a comment. */
    static List<String> jvmOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(OPTIONS)) {
            int hash = line.indexOf('#');
            String text = hash < 0 ? line : line.substring(0, hash);
            Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).forEach(options::add);
        }
        return options;
    }

    /** "#env NAME=value" lines: environment variables the launchers set (glibc reads them before the JVM). */
    private static Map<String, String> environmentLines() throws IOException {
        return Files.readAllLines(OPTIONS).stream().filter(l -> l.startsWith("#env "))
                .map(l -> l.substring(5).trim().split("\\s+")[0])
                .collect(Collectors.toMap(a -> a.substring(0, a.indexOf('=')), a -> a.substring(a.indexOf('=') + 1)));
    }

    private Path installLauncher() throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.copy(SCRIPT, app.resolve("triptych"));
        Files.copy(OPTIONS, app.resolve("jvm.options"));
        Files.writeString(app.resolve("triptych.jar"), "not really a jar");
        Files.setPosixFilePermissions(app.resolve("triptych"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return app;
    }

    /**
     * A "java" in a JDK layout with a base CDS archive (lib/server/classes.jsa): it writes its arguments (one a
     * line) and environment, and "dumps" an archive where -XX:ArchiveClassesAtExit says.
     */
    private Path fakeJava() throws IOException {
        Path jdk = dir.resolve("jdk");
        Files.createDirectories(jdk.resolve("lib/server"));
        Files.writeString(jdk.resolve("lib/server/classes.jsa"), "base archive");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, String.join("\n",
                "#!/bin/sh",
                "n=$(( $(ls " + dir + " | grep -c '^args-') + 1 ))",
                "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + dir + "/args-$n",
                "env > " + dir + "/env-$n",
                "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;; esac; done",
                "exit 0", ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private List<String> recordedArguments(int run) throws IOException {
        return Files.readAllLines(dir.resolve("args-" + run));
    }

    private static Element plugin(String artifactId) throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            if (artifactId.equals(p.getElementsByTagName("artifactId").item(0).getTextContent().trim())) {
                return p;
            }
        }
        throw new AssertionError("no " + artifactId + " in pom.xml");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not end: " + command);
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
