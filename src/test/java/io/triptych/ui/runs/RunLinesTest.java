package io.triptych.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.RunEvent;
import io.triptych.logs.LogIngest;
import io.triptych.logs.Style;
import io.triptych.logs.StyledSpan;
import io.triptych.ui.console.ConsoleLine;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run console reads colours through the one ANSI parser and shows them as the Log window does. */
class RunLinesTest {
    private static final String E = "\u001B";

    @Test
    void sgrCodesBecomeStyledSpansAndOtherEscapesAreDropped() {
        ConsoleLine line = RunLines.of("plain " + E + "[1;31mred bold" + E + "[0m " + E + "[92mbright" + E
                + "[39m" + E + "[2K end", RunEvent.Level.NORMAL);

        assertThat(line.text()).isEqualTo("plain red bold bright end");
        assertThat(line.spans()).extracting(StyledSpan::style).extracting(Style::foreground)
                .containsExactly(-1, 0xcd3131, -1, 0x23d18b, -1);
        assertThat(line.spans().get(1).style().bold()).isTrue();
    }

    @Test
    void colours256AndTruecolorAreShownNowThatBothConsolesDrawRgb() {
        ConsoleLine line = RunLines.of(E + "[38;5;200mpink" + E + "[38;2;1;2;3mrgb", RunEvent.Level.NORMAL);

        assertThat(line.spans()).extracting(s -> s.style().foreground()).containsExactly(0xff00d7, 0x010203);
        assertThat(line.text()).isEqualTo("pinkrgb");
    }

    @Test
    void eachLineStartsPlainAsBefore() {
        LogIngest ingest = LogIngest.linesStartPlain();
        RunLines.read(ingest, E + "[31mred with no reset", RunEvent.Level.NORMAL);

        assertThat(RunLines.read(ingest, "next", RunEvent.Level.NORMAL)).singleElement()
                .satisfies(l -> assertThat(l.spans()).extracting(StyledSpan::style).containsExactly(Style.PLAIN));
    }

    @Test
    void errorAndWarningLinesTakeTheirTone() {
        LogIngest ingest = LogIngest.linesStartPlain();

        assertThat(RunLines.read(ingest, "Error: boom", RunEvent.Level.ERROR).get(0).tone())
                .isEqualTo(ConsoleLine.Tone.ERROR);
        assertThat(RunLines.of("careful", RunEvent.Level.WARNING).tone()).isEqualTo(ConsoleLine.Tone.WARNING);
        assertThat(RunLines.of("fine", RunEvent.Level.NORMAL).tone()).isEqualTo(ConsoleLine.Tone.NORMAL);
    }

    @Test
    void aNoticeKeepsItsEnglishTextAndIsWordedInTheUsersLanguage() {
        RunEvent.Notice n = new RunEvent.Notice("cancelled", List.of("48190"), "GitLab CI: pipeline #48190 cancelled");
        ConsoleLine line = RunLines.of(n);

        assertThat(line.text()).isEqualTo("GitLab CI: pipeline #48190 cancelled");
        assertThat(line.words(new I18n(Language.EN))).isEqualTo(RunLines.words(new I18n(Language.EN), n));
        assertThat(line.words(new I18n(Language.FR))).isEqualTo(RunLines.words(new I18n(Language.FR), n));
    }
}
