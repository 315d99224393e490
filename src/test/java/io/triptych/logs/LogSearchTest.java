package io.triptych.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogSearchTest {
    private final List<LogLine> lines = List.of(LogLine.plain(1, "INFO start"), LogLine.plain(2, "ERROR boom"),
            LogLine.plain(3, "info again"), LogLine.plain(4, "Error twice"), LogLine.plain(5, "done"));

    @Test
    void searchIgnoresCaseAndFindsEveryLine() {
        assertThat(LogSearch.find(lines, "error")).containsExactly(1, 3);
        assertThat(LogSearch.find(lines, "INFO")).containsExactly(0, 2);
        assertThat(LogSearch.find(lines, "  ")).isEmpty();
        assertThat(LogSearch.find(lines, "absent")).isEmpty();
    }

    @Test
    void nextAndPreviousWrapAround() {
        int[] m = LogSearch.find(lines, "error");

        assertThat(LogSearch.next(m, -1)).isEqualTo(1);
        assertThat(LogSearch.next(m, 1)).isEqualTo(3);
        assertThat(LogSearch.next(m, 3)).isEqualTo(1);
        assertThat(LogSearch.previous(m, 3)).isEqualTo(1);
        assertThat(LogSearch.previous(m, 1)).isEqualTo(3);
        assertThat(LogSearch.next(new int[0], 0)).isEqualTo(-1);
        assertThat(LogSearch.position(m, 3)).isEqualTo(2);
        assertThat(LogSearch.position(m, 2)).isZero();
    }
}
