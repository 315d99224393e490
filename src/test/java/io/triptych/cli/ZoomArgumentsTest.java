package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** --zoom PERCENT: the window's, a snapshot's and a report picture's zoom, 75 to 300. */
class ZoomArgumentsTest {
    @Test
    void theWindowSnapshotAndReportPictureTakeAZoom() throws Exception {
        assertThat(Arguments.parse("--zoom", "150").zoom()).isEqualTo(OptionalInt.of(150));
        assertThat(Arguments.parse("snapshot", "--out", "x.png", "--zoom=200").zoom()).isEqualTo(OptionalInt.of(200));
        assertThat(Arguments.parse("report", "--out", "r.png", "--zoom", "75").zoom()).isEqualTo(OptionalInt.of(75));
        assertThat(Arguments.parse("snapshot", "--out", "x.png", "--zoom", "300%").zoom()).isEqualTo(OptionalInt.of(300));
        assertThat(Arguments.parse("snapshot", "--out", "x.png").zoom()).isEmpty();
        assertThat(Arguments.parse().zoom()).isEmpty();
    }

    @Test
    void outsideTheRangeOrNotANumberIsRefusedNamingTheFlagAndTheRange() {
        for (String bad : new String[] {"74", "301", "abc", "1.5", "-"}) {
            assertThatThrownBy(() -> Arguments.parse("snapshot", "--out", "x.png", "--zoom", bad))
                    .isInstanceOf(ArgumentException.class)
                    .hasMessage("triptych: --zoom needs a whole number from 75 to 300 (percent), not '" + bad + "'");
        }
    }

    @Test
    void theRefusalIsInTheLanguageOfLang() {
        assertThatThrownBy(() -> Arguments.parse("snapshot", "--out", "x.png", "--zoom", "20", "--lang", "fr"))
                .hasMessage("triptych : --zoom attend un nombre entier de 75 à 300 (pour cent), pas « 20 »");
        assertThatThrownBy(() -> Arguments.parse("--lang=zh", "--zoom", "400"))
                .hasMessage("triptych：--zoom 需要 75 到 300 之间的整数（百分比），而不是“400”");
    }

    @Test
    void anHtmlReportOrAnotherCommandTakesNoZoom() {
        assertThatThrownBy(() -> Arguments.parse("report", "--out", "r.html", "--zoom", "200"))
                .hasMessageStartingWith("triptych: --zoom applies to report --out FILE.png only");
        assertThatThrownBy(() -> Arguments.parse("status", "--zoom", "200"))
                .hasMessage("triptych: --zoom does not apply to status (it is an option of triptych, triptych"
                        + " snapshot or triptych report)");
    }

    @Test
    void theBoundsAreTheWindowsBounds() {
        assertThat(Values.ZOOM_MIN).isEqualTo(io.triptych.ui.zoom.ZoomSteps.MIN);
        assertThat(Values.ZOOM_MAX).isEqualTo(io.triptych.ui.zoom.ZoomSteps.MAX);
    }
}
