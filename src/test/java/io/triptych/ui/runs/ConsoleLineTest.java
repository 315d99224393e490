package io.triptych.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.RunEvent;
import org.junit.jupiter.api.Test;

/** The run console reads colours through the log viewer's parser, and keeps its 16-colour look. */
class ConsoleLineTest {
    private static final String E = "\u001B";

    @Test
    void sgrCodesBecomeSpansWithTheirBasicColourAndOtherEscapesAreDropped() {
        ConsoleLine line = ConsoleLine.of("plain " + E + "[1;31mred bold" + E + "[0m " + E + "[92mbright" + E
                + "[39m" + E + "[2K end", RunEvent.Level.NORMAL);

        assertThat(line.spans()).containsExactly(new ConsoleLine.Span("plain ", -1, false),
                new ConsoleLine.Span("red bold", 1, true), new ConsoleLine.Span(" ", -1, false),
                new ConsoleLine.Span("bright", 10, false), new ConsoleLine.Span(" end", -1, false));
        assertThat(line.text()).isEqualTo("plain red bold bright end");
    }

    @Test
    void aColourOutsideTheSixteenShowsInTheDefaultColour() {
        ConsoleLine line = ConsoleLine.of(E + "[38;5;200mpink" + E + "[38;2;1;2;3mrgb", RunEvent.Level.NORMAL);

        assertThat(line.spans()).extracting(ConsoleLine.Span::foreground).containsOnly(-1);
        assertThat(line.text()).isEqualTo("pinkrgb");
    }

    @Test
    void eachLineStartsPlainAsBefore() {
        ConsoleLine.of(E + "[31mred with no reset", RunEvent.Level.NORMAL);

        assertThat(ConsoleLine.of("next", RunEvent.Level.NORMAL).spans())
                .containsExactly(new ConsoleLine.Span("next", -1, false));
    }
}
