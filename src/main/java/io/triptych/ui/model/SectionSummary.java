package io.triptych.ui.model;

import io.triptych.domain.Item;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Tone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section's health in one line: its rows counted by state, worst first ({@code 10 ACTIVE · 1 BUILD ·
 * 1 SHUTOFF}). Servers, volumes and pipelines count the backend's status words; services and security groups,
 * whose status is a number (replicas, rules), count by tone.
 */
public final class SectionSummary {
    /** One state and how many rows are in it. {@code word} is the status word, or the tone's name when byTone. */
    public record Count(String word, Tone tone, int count, boolean byTone) {
    }

    private static final List<Tone> WORST_FIRST = List.of(Tone.BAD, Tone.WARN, Tone.BUSY, Tone.IDLE, Tone.GOOD);

    private SectionSummary() {
    }

    /**
     * One section's counts, recounted only when its items list or the attention is another object than at the
     * last count: a section fetched again unchanged keeps its list (ADR 0025), and a count visits every row.
     */
    public static final class Memo {
        private final SectionKind kind;
        private List<? extends Item> items;
        private RowAttention attention;
        private List<Count> counts = List.of();
        private long recounts;

        public Memo(SectionKind kind) {
            this.kind = kind;
        }

        public List<Count> of(List<? extends Item> items, RowAttention attention) {
            if (items != this.items || attention != this.attention) {
                counts = SectionSummary.of(kind, items, attention);
                this.items = items;
                this.attention = attention;
                recounts++;
            }
            return counts;
        }

        /** How many times the rows were counted. */
        public long recounts() {
            return recounts;
        }
    }

    public static boolean countsByTone(SectionKind kind) {
        return kind == SectionKind.SERVICES || kind == SectionKind.SECURITY_GROUPS;
    }

    /** @param attention a security group (always fine by itself) with a problem counts as a warning */
    public static List<Count> of(SectionKind kind, List<? extends Item> items, RowAttention attention) {
        boolean byTone = countsByTone(kind);
        Map<String, Count> counts = new LinkedHashMap<>();
        for (Item i : items) {
            Tone tone = kind == SectionKind.SECURITY_GROUPS && i.tone() == Tone.GOOD && attention.needsLook(kind, i)
                    ? Tone.WARN : i.tone();
            String word = byTone ? tone.name() : i.status();
            Count c = counts.get(word);
            counts.put(word, new Count(word, tone, c == null ? 1 : c.count() + 1, byTone));
        }
        List<Count> out = new ArrayList<>(counts.values());
        out.sort(Comparator.comparing((Count c) -> WORST_FIRST.indexOf(c.tone()))
                .thenComparing(Count::count, Comparator.reverseOrder()).thenComparing(Count::word));
        return out;
    }
}
