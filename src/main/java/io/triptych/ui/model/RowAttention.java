package io.triptych.ui.model;

import io.triptych.domain.Item;
import io.triptych.domain.Problem;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Tone;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which rows of one environment need a look: a row with a problem (acknowledged or not), or whose status is
 * broken or warning. A problem names its item by key or, as the snapshot's problems do, by display name. A row whose every problem is acknowledged still needs a look, shown greyed.
 */
public final class RowAttention {
    private final Map<SectionKind, Set<String>> flagged = new EnumMap<>(SectionKind.class);
    private final Map<SectionKind, Set<String>> acknowledged = new EnumMap<>(SectionKind.class);

    public static final RowAttention NONE = new RowAttention(java.util.List.of());

    public RowAttention(Collection<Problem> problems) {
        for (SectionKind k : SectionKind.values()) {
            flagged.put(k, new HashSet<>());
            acknowledged.put(k, new HashSet<>());
        }
        Map<SectionKind, Set<String>> open = new EnumMap<>(SectionKind.class);
        for (Problem p : problems) {
            if (p.source() == null || p.subject() == null) {
                continue;
            }
            flagged.get(p.source()).add(p.subject());
            if (p.isAcknowledged()) {
                acknowledged.get(p.source()).add(p.subject());
            } else {
                open.computeIfAbsent(p.source(), k -> new HashSet<>()).add(p.subject());
            }
        }
        open.forEach((k, keys) -> acknowledged.get(k).removeAll(keys));
    }

    /** Not OK: a problem on the row, or a broken or warning status. */
    public boolean needsLook(SectionKind kind, Item item) {
        Set<String> f = flagged.get(kind);
        return item.tone() == Tone.BAD || item.tone() == Tone.WARN || f.contains(item.key())
                || f.contains(item.displayName());
    }

    /** Every problem of the row is acknowledged: it is shown, greyed. */
    public boolean acknowledged(SectionKind kind, Item item) {
        Set<String> a = acknowledged.get(kind);
        return a.contains(item.key()) || a.contains(item.displayName());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowAttention r && r.flagged.equals(flagged) && r.acknowledged.equals(acknowledged);
    }

    @Override
    public int hashCode() {
        return flagged.hashCode() * 31 + acknowledged.hashCode();
    }
}
