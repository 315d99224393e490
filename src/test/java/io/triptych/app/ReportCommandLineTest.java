package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.triptych.cli.ExitCodes;
import io.triptych.config.SiteFileLocator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `triptych report` on the demo site: HTML in this JVM, PNG in its own JVM with no display. */
class ReportCommandLineTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void noRealSiteFileOnThisMachine() throws Exception {
        assumeTrue(SiteFileLocator.forSystem().locate(Optional.empty()).isEmpty(),
                "a site file exists on this machine: these tests need the demo site");
    }

    @Test
    void reportWritesAFrenchHtmlPageOfTheDemo() throws Exception {
        Path html = tmp.resolve("rapport.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"report", "--out", html.toString(), "--lang", "fr", "--demo-seed", "42"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        int status = Main.run(new String[] {"status", "--demo-seed", "42"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).as("the report exits as status does on the same site").isEqualTo(status);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("report written to");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("Rapport Triptych", "Pre-production", "fsgs-pp-swarm-wrk-03", "Écarts")
                .doesNotContain("⟦");
    }

    @Test
    void reportIntoAMissingFolderIsRefusedWithOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"report", "--out", "/nonexistent/dir/r.html"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .contains("no such folder");
    }

    @Test
    void reportAsPngIsDrawnWithNoDisplayInItsOwnJvm() throws Exception {
        Path png = tmp.resolve("report.png");
        Path log = tmp.resolve("output.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1200-32", "-Dtriptych.prefs.node=triptych-test",
                "-Dtriptych.data.dir=" + tmp.resolve("data"), "-cp", System.getProperty("java.class.path"),
                "io.triptych.app.Main", "report", "--out", png.toString(), "--lang", "zh"))
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("TRIPTYCH_CONFIG");
        pb.environment().remove("DISPLAY");
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());

        Process p = pb.start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("report ended within 120 s; output:%n%s", output).isTrue();
        assertThat(p.exitValue()).as("exit code (0 healthy or 1 problems: the demo always answers); output:%n%s",
                output).isIn(ExitCodes.OK, ExitCodes.PROBLEMS);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).as("a page with content, not a strip").isGreaterThan(400);
    }
}
