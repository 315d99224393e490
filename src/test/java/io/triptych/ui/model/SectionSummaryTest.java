package io.triptych.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Tone;
import io.triptych.testing.FakeSite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section title's counts: recounted when the rows or the attention changed, not for every snapshot. */
class SectionSummaryTest {
    private static final Server WEB = FakeSite.server("web-01", "ACTIVE", "m1.small");
    private static final Server DB = FakeSite.server("db-01", "ERROR", "r1.xlarge");

    @Test
    void countsByStatusWorstFirst() {
        assertThat(SectionSummary.of(SectionKind.SERVERS, List.of(WEB, DB, WEB), RowAttention.NONE)).containsExactly(
                new SectionSummary.Count("ERROR", Tone.BAD, 1, false),
                new SectionSummary.Count("ACTIVE", Tone.GOOD, 2, false));
    }

    @Test
    void theSameItemsListAndAttentionAreNotCountedAgain() {
        SectionSummary.Memo memo = new SectionSummary.Memo(SectionKind.SERVERS);
        List<Server> items = List.of(WEB, DB);

        List<SectionSummary.Count> first = memo.of(items, RowAttention.NONE);
        assertThat(memo.of(items, RowAttention.NONE)).isSameAs(first);
        assertThat(memo.recounts()).isEqualTo(1);

        List<Server> changed = new ArrayList<>(List.of(WEB, DB.withStatus("ACTIVE", "")));
        assertThat(memo.of(changed, RowAttention.NONE)).containsExactly(
                new SectionSummary.Count("ACTIVE", Tone.GOOD, 2, false));
        assertThat(memo.recounts()).isEqualTo(2);
    }
}
