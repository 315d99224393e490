package io.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class OneLineTest {
    @Test
    void theFirstLineOfTheMessage() {
        assertEquals("disk full", OneLine.of(new IOException("  disk full\n\tat somewhere\n")));
    }

    @Test
    void theClassNameWhenThereIsNoMessage() {
        assertEquals("NullPointerException", OneLine.of(new NullPointerException()));
        assertEquals("IOException", OneLine.of(new IOException("   ")));
    }

    @Test
    void aWrapperThatOnlyRepeatsItsCauseGivesWayToTheCause() {
        ConnectException cause = new ConnectException("Connection refused");
        assertEquals("Connection refused", OneLine.of(new ExecutionException(cause)));
        assertEquals("Connection refused", OneLine.of(new UncheckedIOException(null, cause)));
    }

    @Test
    void aWrapperWithItsOwnWordsKeepsThem() {
        assertEquals("reading servers", OneLine.of(new IOException("reading servers", new ConnectException("x"))));
    }

    @Test
    void aHugeLineIsCut() {
        String line = OneLine.of(new IOException("x".repeat(5000)));
        assertTrue(line.length() <= OneLine.MAX + 1, "length " + line.length());
        assertTrue(line.endsWith("…"));
    }

    @Test
    void anEmptyMessageGivesWayToTheCausesMessage() {
        assertEquals("Connection refused", OneLine.of(new RuntimeException("", new ConnectException("Connection refused"))));
    }

    @Test
    void aMissingMessageGivesWayToTheFirstCauseThatHasOne() {
        Exception e = new RuntimeException((String) null, new IllegalStateException("  ", new IOException("401 Unauthorized")));
        assertEquals("401 Unauthorized", OneLine.of(e));
    }

    @Test
    void leadingBlankLinesDoNotHideTheMessage() {
        assertEquals("gateway timeout", OneLine.of(new IOException("\n\n  gateway timeout\n")));
    }
}
