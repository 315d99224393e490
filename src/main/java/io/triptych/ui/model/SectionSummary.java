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
