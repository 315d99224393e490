package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** What a user reads when a source fails: one line, never a stack trace. */
class FailuresTest {

    @Test
    void messageOfTheExceptionIsUsedAsIs() {
        assertThat(Failures.describe(new IOException("connection refused: nova.example.org:8774")))
                .isEqualTo("connection refused: nova.example.org:8774");
    }

    @Test
    void emptyMessageGivesWayToTheCausesMessage() {
        Exception e = new RuntimeException("", new ConnectException("Connection refused"));

        assertThat(Failures.describe(e)).isEqualTo("Connection refused");
    }

    @Test
    void missingMessageGivesWayToTheFirstCauseThatHasOne() {
        Exception e = new RuntimeException((String) null,
                new IllegalStateException("  ", new IOException("401 Unauthorized")));

        assertThat(Failures.describe(e)).isEqualTo("401 Unauthorized");
    }

    @Test
    void exceptionWithNoMessageAnywhereIsNamedByItsClass() {
        assertThat(Failures.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void stackTraceInsideAMessageIsCutToTheFirstLine() {
        String remote = "500 Internal Server Error\njava.lang.NullPointerException\n\tat org.example.Api.get(Api.java:42)"
                + "\n\tat org.example.Api.list(Api.java:17)";

        String line = Failures.describe(new IOException(remote));

        assertThat(line).isEqualTo("500 Internal Server Error").doesNotContain("\n", "\tat ");
    }

    @Test
    void longMessageIsCutWithAnEllipsis() {
        String line = Failures.describe(new IOException("x".repeat(1000)));

        assertThat(line).hasSize(301).endsWith("…");
    }

    @Test
    void leadingBlankLinesDoNotHideTheMessage() {
        assertThat(Failures.describe(new IOException("\n\n  gateway timeout\n"))).isEqualTo("gateway timeout");
    }

    @Test
    void wrapperThatOnlyRepeatsItsCauseShowsTheCausesMessageWithoutAClassName() {
        Exception e = new ExecutionException(new ConnectException("Connection refused"));

        assertThat(Failures.describe(e)).isEqualTo("Connection refused");
    }
}
