package io.triptych.iac;

import java.util.Locale;

/**
 * What a run tells while it runs, in order, off the FX thread. Every text has been through the run's
 * {@link SecretMasker}. Parsers turn tool output into these; the console and the store consume them.
 */
public sealed interface RunEvent {

    /** How a line should look: errors red, warnings amber. */
    enum Level { NORMAL, WARNING, ERROR }

    /** A line of output as shown (may hold ANSI colour codes). */
    record Line(String text, Level level) implements RunEvent {
    }

    /**
     * A line the run itself says (a CI pipeline was created, a job waits for its resource group), not the tool:
     * {@code key} names its wording ({@code runs.ci.notice.<key>} in the UI's bundles), {@code args} fill it in,
     * {@code text} is the English wording, for the run's log file and the CLI. See {@link Notices}.
     */
    record Notice(String key, java.util.List<String> args, String text) implements RunEvent {
        public Notice {
            args = java.util.List.copyOf(args);
        }
    }

    /** A command of the run starts ("terraform plan -json …"). */
    record StepStarted(String commandLine) implements RunEvent {
    }

    /** Live progress where the tool tells it ("aws_instance.web: Creating...", "TASK [nginx]"). */
    record Progress(String text) implements RunEvent {
    }

    /** The tool's version ("1.11.4"). */
    record ToolVersion(String name, String version) implements RunEvent {
    }

    /** One resource a plan would change. {@code action}: create, update, delete, replace, read… */
    record PlannedChange(String address, String action, String reason) implements RunEvent {
        /** Destroys first, then the rest, each in the plan's order (a stable sort). */
        public static final java.util.Comparator<PlannedChange> DESTROYS_FIRST =
                java.util.Comparator.comparing(c -> !c.destroys());

        /** Deletes and replacements destroy something: listed first, in red. */
        public boolean destroys() {
            String a = action.toLowerCase(Locale.ROOT);
            return a.equals("delete") || a.equals("replace") || a.equals("remove");
        }
    }

    /** A resource that changed outside Terraform (refresh-only plans). */
    record Drifted(String address, String action) implements RunEvent {
    }

    /**
     * A saved plan's changes attribute by attribute ({@code terraform show -json}): after a plan, and before an
     * apply (the plan it applies). Sensitive values are already hidden, every value masked.
     */
    record PlanDetail(io.triptych.iac.plan.PlanChanges plan) implements RunEvent {
    }

    /** The counts at the end of a plan or apply. {@code operation}: plan, apply, destroy. */
    record ChangeSummary(int add, int change, int remove, String operation) implements RunEvent {
    }

    /** An error or warning the tool reported, with the file and line it names (file "" when none). */
    record Diagnostic(Level severity, String summary, String detail, String file, int line) implements RunEvent {
        public String where() {
            return file.isEmpty() ? "" : line > 0 ? file + ":" + line : file;
        }
    }

    /** One host of Ansible's PLAY RECAP. */
    record HostRecap(String host, int ok, int changed, int unreachable, int failed, int skipped, int rescued,
                     int ignored) implements RunEvent {
        /** Failed and unreachable hosts first, then by name. */
        public static final java.util.Comparator<HostRecap> BAD_FIRST =
                java.util.Comparator.comparing((HostRecap h) -> !h.bad()).thenComparing(HostRecap::host);

        public boolean bad() {
            return failed > 0 || unreachable > 0;
        }
    }

    /** The launch was refused: another run holds the environment, or the tool is missing. */
    record Refused(String reason) implements RunEvent {
    }

    /** The run ended (last event). */
    record Finished(RunOutcome outcome) implements RunEvent {
    }
}
