package io.triptych.iac;

/** The signals a cancel sends, in order: INT (what Ctrl+C sends: the tool cleans up), TERM, then KILL. */
public enum Signal {
    INT, TERM, KILL
}
