package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `triptych snapshot` the way a user runs it: its own JVM, no display, no toolkit started before Main.
 * The child's environment points XDG_CONFIG_HOME at an empty folder, so it renders the demo site.
 */
class SnapshotProcessTest {
    @TempDir
    Path tmp;

    @Test
    void snapshotInChineseWritesAPngOfTheAskedSizeWithTheDashboardOnIt() throws Exception {
        Path png = tmp.resolve("tmp.png");
        Path log = tmp.resolve("output.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(),
                "-Dprism.order=sw", "-Dheadless.geometry=1920x1200-32", "-Dtriptych.prefs.node=triptych-test",
                "-Dtriptych.data.dir=" + tmp.resolve("data"),
                "-cp", System.getProperty("java.class.path"),
                "io.triptych.app.Main", "snapshot", "--out", png.toString(), "--lang", "zh", "--size", "800x600"))
                .directory(tmp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("TRIPTYCH_CONFIG");
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());

        Process p = pb.start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("snapshot ended within 120 s; output:%n%s", output).isTrue();
        assertThat(p.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output).contains("snapshot written to");
        assertThat(png).isRegularFile();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(distinctColours(image)).as("a rendered dashboard, not a blank page").isGreaterThan(100);
    }

    /** A machine with no CJK font (fontconfig limited to DejaVu): no PNG of boxes, a line naming the package. */
    @Test
    void snapshotInChineseWithoutACjkFontIsRefusedNamingThePackage() throws Exception {
        Path conf = tmp.resolve("fonts.conf");
        Files.writeString(conf, "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
                + "<dir>" + tmp.resolve("fonts") + "</dir><cachedir>" + tmp.resolve("fc-cache") + "</cachedir></fontconfig>");
        Files.createDirectories(tmp.resolve("fonts"));
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dejavu), "needs DejaVu Sans to stand alone");
        Files.copy(dejavu, tmp.resolve("fonts").resolve("DejaVuSans.ttf"));
        Path png = tmp.resolve("zh.png");
        Path log = tmp.resolve("output.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(),
                "-Dprism.order=sw", "-Dtriptych.prefs.node=triptych-test",
                "-Dtriptych.data.dir=" + tmp.resolve("data"),
                "-cp", System.getProperty("java.class.path"),
                "io.triptych.app.Main", "snapshot", "--out", png.toString(), "--lang", "zh", "--focus", "servers"))
                .directory(tmp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("TRIPTYCH_CONFIG");
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        pb.environment().put("FONTCONFIG_FILE", conf.toString());

        Process p = pb.start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("ended; output:%n%s", output).isTrue();
        assertThat(p.exitValue()).as("exit code; output:%n%s", output).isEqualTo(2);
        assertThat(output).contains("no Chinese (CJK) font").containsAnyOf("fonts-noto-cjk",
                "google-noto-sans-cjk-fonts");
        assertThat(output.strip().lines()).hasSize(1);
        assertThat(png).doesNotExist();
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
