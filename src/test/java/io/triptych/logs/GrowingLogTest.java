package io.triptych.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GrowingLogTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachReadGivesOnlyTheNewCompleteLines() {
        GrowingLog log = new GrowingLog();

        assertThat(log.newLines(utf8("one\ntw"))).containsExactly("one");
        assertThat(log.newLines(utf8("one\ntw"))).isEmpty();
        assertThat(log.newLines(utf8("one\ntwo\nthree\nfo"))).containsExactly("two", "three");
        assertThat(log.rest()).containsExactly("fo");
        assertThat(log.rest()).isEmpty();
    }

    @Test
    void aCharacterCutBetweenTwoReadsComesWhole() {
        byte[] whole = utf8("规划\n");
        GrowingLog log = new GrowingLog();

        assertThat(log.newLines(java.util.Arrays.copyOf(whole, 4))).isEmpty();
        assertThat(log.newLines(whole)).containsExactly("规划");
    }

    @Test
    void emptyLinesAreKept() {
        assertThat(new GrowingLog().newLines(utf8("a\n\nb\n"))).containsExactly("a", "", "b");
    }
}
