package io.triptych.domain;

/**
 * How a status reads at a glance, independent of the backend's own words.
 * The UI maps a tone to an icon and a colour; the word itself always stays visible.
 */
public enum Tone {
    /** Working as intended (ACTIVE, in-use, success, all replicas running). */
    GOOD,
    /** In transition (BUILD, attaching, running pipeline, rolling update). */
    BUSY,
    /** Needs a look (some replicas missing, canceled, manual job waiting). */
    WARN,
    /** Broken (ERROR, failed, crash loop, nothing running). */
    BAD,
    /** Deliberately idle (SHUTOFF, available, skipped, scaled to 0). */
    IDLE
}
