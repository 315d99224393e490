package io.triptych.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Server;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.text.TextMask;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A server's details say its task state in the user's language, as the row does. */
@ExtendWith(ApplicationExtension.class)
class ServerDetailsTest {
    private static void texts(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }

    @Test
    void theTaskStateIsTranslated() {
        Server stopping = new Server("id-1", "web-01", "ACTIVE", "m1.small", "img", List.of("10.0.0.1"), "",
                Instant.parse("2026-01-01T00:00:00Z"), Map.of(), "powering-off", "RUNNING", null);
        List<String> fr = new java.util.ArrayList<>();
        texts(ServerDetails.of(stopping, new I18n(Language.FR), new TextMask(false)), fr);
        List<String> zh = new java.util.ArrayList<>();
        texts(ServerDetails.of(stopping, new I18n(Language.ZH), new TextMask(false)), zh);

        assertThat(fr).contains("extinction").doesNotContain("powering-off");
        assertThat(zh).contains("关机中").doesNotContain("powering-off");
    }
}
