package io.triptych.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsiParserTest {
    private static final String E = "\u001b";
    private final AnsiParser parser = new AnsiParser();

    @Test
    void plainTextIsOneSpanInThePlainStyle() {
        AnsiParser.Parsed p = parser.parse("hello world");

        assertThat(p.text()).isEqualTo("hello world");
        assertThat(p.spans()).containsExactly(new StyledSpan(0, 11, Style.PLAIN));
    }

    @Test
    void basicColoursAndBoldBecomeStyledSpansAndResetEndsThem() {
        AnsiParser.Parsed p = parser.parse(E + "[1;31mERROR" + E + "[0m done");

        assertThat(p.text()).isEqualTo("ERROR done");
        assertThat(p.spans()).containsExactly(
                new StyledSpan(0, 5, new Style(0xcd3131, -1, true, false, false)),
                new StyledSpan(5, 10, Style.PLAIN));
    }

    @Test
    void brightColoursUseTheSecondHalfOfThePalette() {
        assertThat(parser.parse(E + "[92mok").spans().get(0).style().foreground()).isEqualTo(0x23d18b);
    }

    @Test
    void palette256AndTruecolorAreResolvedToRgb() {
        AnsiParser.Parsed cube = parser.parse(E + "[38;5;196mred" + E + "[0m");
        AnsiParser.Parsed grey = parser.parse(E + "[48;5;244mgrey" + E + "[0m");
        AnsiParser.Parsed rgb = parser.parse(E + "[38;2;10;20;30mx");

        assertThat(cube.spans().get(0).style().foreground()).isEqualTo(0xff0000);
        assertThat(grey.spans().get(0).style().background()).isEqualTo(0x808080);
        assertThat(rgb.spans().get(0).style().foreground()).isEqualTo(0x0a141e);
    }

    @Test
    void theStyleCarriesOverToTheNextLineLikeATerminal() {
        parser.parse(E + "[33mwarning starts");

        assertThat(parser.parse("and goes on").spans().get(0).style().foreground()).isEqualTo(0xe5e510);
    }

    @Test
    void nonSgrEscapesAreDropped() {
        AnsiParser.Parsed p = parser.parse(E + "[0K" + E + "[2Aup" + E + "]0;title\u0007 there" + E + "7!");

        assertThat(p.text()).isEqualTo("up there!");
    }

    @Test
    void malformedEscapesNeverShowAsGarbageNorBreakTheStyle() {
        AnsiParser.Parsed cut = parser.parse("tail" + E + "[31");
        AnsiParser.Parsed lone = parser.parse("lone" + E);
        AnsiParser.Parsed bad = parser.parse(E + "[3x;1mtext");
        AnsiParser.Parsed badColour = parser.parse(E + "[38;5;999mtext" + E + "[38;2;1mmore");

        assertThat(cut.text()).isEqualTo("tail");
        assertThat(lone.text()).isEqualTo("lone");
        assertThat(bad.text()).isEqualTo(";1mtext");
        assertThat(badColour.text()).isEqualTo("textmore");
        assertThat(badColour.spans()).allMatch(s -> s.style().foreground() == -1);
    }

    @Test
    void aCarriageReturnFollowedByTextOverwritesTheLine() {
        assertThat(parser.parse(" 10%\r 55%\r100%").text()).isEqualTo("100%");
        assertThat(parser.parse("kept\r").text()).isEqualTo("kept");
        assertThat(parser.parse("kept\r" + E + "[0K").text()).isEqualTo("kept");
    }

    @Test
    void otherControlCharactersAreDroppedButTabsKept() {
        assertThat(parser.parse("a\u0007b\tc\u0008").text()).isEqualTo("ab\tc");
    }

    @Test
    void aVeryLongLineIsCut() {
        assertThat(parser.parse("x".repeat(AnsiParser.MAX_LINE_CHARS + 100)).text())
                .hasSize(AnsiParser.MAX_LINE_CHARS);
    }

    @Test
    void stripKeepsTheVisibleTextForParsersOfToolOutput() {
        assertThat(AnsiParser.strip(E + "[0;32mok" + E + "[0m: " + E + "]0;title" + (char) 7 + "done"))
                .isEqualTo("ok: done");
        assertThat(AnsiParser.strip("no escapes")).isEqualTo("no escapes");
    }

    @Test
    void theSixteenBasicColoursAreXtermsAsGitLabShowsThem() {
        assertThat(parser.parse(E + "[31mx").spans().get(0).style().foreground()).isEqualTo(0xcd3131);
        assertThat(parser.parse(E + "[92mx").spans().get(0).style().foreground()).isEqualTo(0x23d18b);
        assertThat(parser.parse(E + "[39mx").spans().get(0).style().foreground()).isEqualTo(-1);
    }
}
