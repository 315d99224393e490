package io.triptych.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * Writes a rendered image as PNG without javafx-swing: copies the pixels into a BufferedImage.
 * Safe off the FX thread once the image is rendered. Writes to a temporary file, then moves it in
 * place, so a failed export never leaves half a file.
 */
public final class PngWriter {
    private PngWriter() {
    }

    public static void write(Image image, Path out) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".triptych-", ".png");
        try {
            if (!ImageIO.write(buffered, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
