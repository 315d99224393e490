package io.triptych.source;

import io.triptych.domain.Item;
import java.util.List;

/**
 * A fetch that got some of its items but not all (one of two orchestrators answered): the live layer shows
 * these items as fresh and the message as the section's error, so neither hides the other.
 */
public final class PartialFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<? extends Item> items;

    public PartialFailure(String message, List<? extends Item> items) {
        super(message);
        this.items = List.copyOf(items);
    }

    public List<? extends Item> items() {
        return items;
    }
}
