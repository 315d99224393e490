package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** --present, --no-mask and --cycle: the window's only; the last two only with the first; refusals in three languages. */
class PresentArgumentsTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the refusal follows the system's language without --lang
    }

    @AfterEach
    void back() {
        Locale.setDefault(before);
    }

    @Test
    void presentWithACycleAndWithoutTheMask() throws Exception {
        assertThat(Arguments.parse("--present").present()).isEqualTo(new PresentRequest(true, true, Optional.empty()));
        assertThat(Arguments.parse("--present", "--no-mask", "--cycle", "20s").present())
                .isEqualTo(new PresentRequest(true, false, Optional.of(Duration.ofSeconds(20))));
        assertThat(Arguments.parse("--present", "--cycle=1m").present().cycle()).contains(Duration.ofMinutes(1));
        assertThat(Arguments.parse().present()).isEqualTo(PresentRequest.OFF);
    }

    @Test
    void aCycleOrNoMaskWithoutPresentIsRefusedInOneLineNamingTheFlag() {
        assertThatThrownBy(() -> Arguments.parse("--cycle", "20s")).isInstanceOf(ArgumentException.class)
                .hasMessage("triptych: --cycle needs --present (like triptych --present --cycle 20s)");
        assertThatThrownBy(() -> Arguments.parse("--no-mask"))
                .hasMessage("triptych: --no-mask needs --present (like triptych --present --no-mask)");
    }

    @Test
    void aBadPeriodSaysTheExpectedFormInTheUsersLanguage() {
        assertThatThrownBy(() -> Arguments.parse("--present", "--cycle", "20"))
                .hasMessage("triptych: --cycle needs a period from 5s to 60m, such as 20s or 1m (not '20')");
        assertThatThrownBy(() -> Arguments.parse("--present", "--cycle", "2s")).hasMessageContaining("from 5s to 60m");
        assertThatThrownBy(() -> Arguments.parse("--present", "--cycle", "2h")).hasMessageContaining("(not '2h')");
        assertThatThrownBy(() -> Arguments.parse("--lang", "fr", "--present", "--cycle", "vingt"))
                .hasMessage("triptych : --cycle attend une durée de 5s à 60m, comme 20s ou 1m (pas « vingt »)");
        assertThatThrownBy(() -> Arguments.parse("--lang", "zh", "--cycle", "20s"))
                .hasMessage("triptych：--cycle 需要与 --present 一起使用（例如 triptych --present --cycle 20s）");
    }

    @Test
    void theyAreTheWindowsOptionsOnly() {
        assertThatThrownBy(() -> Arguments.parse("status", "--present"))
                .hasMessage("triptych: --present does not apply to status (it is an option of triptych)");
        assertThatThrownBy(() -> Arguments.parse("snapshot", "--out", "x.png", "--cycle", "20s"))
                .hasMessageContaining("--cycle does not apply to snapshot");
    }
}
