package io.triptych.iac;

/** What a run does. Apply and Run change the environment; the others only look. */
public enum RunAction {
    PLAN(Tool.TERRAFORM, false), APPLY(Tool.TERRAFORM, true), DRIFT(Tool.TERRAFORM, false),
    CHECK(Tool.ANSIBLE, false), RUN(Tool.ANSIBLE, true);

    private final Tool tool;
    private final boolean changes;

    RunAction(Tool tool, boolean changes) {
        this.tool = tool;
        this.changes = changes;
    }

    public Tool tool() {
        return tool;
    }

    /** Whether the action changes the environment (Apply, Run): those ask for confirmation. */
    public boolean changes() {
        return changes;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
