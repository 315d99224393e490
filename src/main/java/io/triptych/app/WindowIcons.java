package io.triptych.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon in every size we ship, for the window manager to choose from. */
final class WindowIcons {
    private WindowIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            InputStream in = WindowIcons.class.getResourceAsStream("/io/triptych/icons/triptych-" + size + ".png");
            if (in != null) {
                icons.add(new Image(in));
            }
        }
        return icons;
    }
}
