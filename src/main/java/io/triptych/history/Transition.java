package io.triptych.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One state change the console observed: at, in which environment, of which item, before → after.
 *
 * @param domain  what kind of item: a section's json name ("servers", "services"…) or "runs" for IaC runs
 * @param itemKey the item's stable key (selects it in its section); may equal {@code item}
 * @param before  "" when the item appeared
 * @param after   "" when the item disappeared
 */
public record Transition(Instant at, String environmentId, String domain, String item, String itemKey,
                         String before, String after) {
    public Transition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(environmentId, "environmentId");
        Objects.requireNonNull(domain, "domain");
        item = item == null ? "" : item;
        itemKey = itemKey == null ? item : itemKey;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
