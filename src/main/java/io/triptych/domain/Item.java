package io.triptych.domain;

/** What every row of every section has: a stable key, a status and text to filter on. */
public interface Item {
    /** Stable identity across refreshes; rows are updated in place by key. */
    String key();

    String displayName();

    /** The backend's own status word (ACTIVE, in-use, running…). */
    String status();

    Tone tone();

    /** Lower-case text the global filter matches against. */
    String searchText();
}
