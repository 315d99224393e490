package io.triptych.iac;

import io.triptych.domain.DriftCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a run's events add up to: its outcome line, its drift count, whether Terraform asked for init. */
final class RunTally {
    private final RunAction action;
    private RunEvent.ChangeSummary summary;
    private int drifted;
    private boolean needsInit;
    private String firstError = "";
    private final List<RunEvent.HostRecap> hosts = new ArrayList<>();

    RunTally(RunAction action) {
        this.action = action;
    }

    void see(RunEvent e, Step.Role role) {
        if (e instanceof RunEvent.ChangeSummary) {
            summary = (RunEvent.ChangeSummary) e;
        } else if (e instanceof RunEvent.Drifted) {
            drifted++;
        } else if (e instanceof RunEvent.HostRecap) {
            hosts.add((RunEvent.HostRecap) e);
        } else if (e instanceof RunEvent.Diagnostic) {
            RunEvent.Diagnostic d = (RunEvent.Diagnostic) e;
            if (d.severity() == RunEvent.Level.ERROR) {
                if (firstError.isEmpty()) {
                    firstError = d.summary() + (d.where().isEmpty() ? "" : " (" + d.where() + ")");
                }
                String text = (d.summary() + " " + d.detail()).toLowerCase(Locale.ROOT);
                needsInit |= role == Step.Role.MAIN && (text.contains("terraform init") || text.contains("tofu init")
                        || text.contains("initialization required") || text.contains("not installed"));
            }
        }
    }

    void startFailed(String why) {
        if (firstError.isEmpty()) {
            firstError = why;
        }
    }

    boolean needsInit() {
        return needsInit;
    }

    void resetForRetry() {
        needsInit = false;
        firstError = "";
        drifted = 0;
        summary = null;
    }

    RunOutcome outcome(int exit, boolean cancelled, Instant started, Instant ended) {
        if (cancelled) {
            return new RunOutcome(RunOutcome.Status.CANCELLED, exit, started, ended, "cancelled");
        }
        if (action == RunAction.DRIFT && exit == 2) {
            return new RunOutcome(RunOutcome.Status.CHANGES, exit, started, ended, "drifted (" + driftCount() + ")");
        }
        RunOutcome.Status status = exit == 0 ? RunOutcome.Status.SUCCEEDED : RunOutcome.Status.FAILED;
        return new RunOutcome(status, exit, started, ended, status == RunOutcome.Status.FAILED && !firstError.isEmpty()
                ? firstError : line(exit));
    }

    private String line(int exit) {
        if (action == RunAction.DRIFT) {
            return exit == 0 ? "in sync" : "check failed";
        }
        if (summary != null) {
            return summary.add() + " to add, " + summary.change() + " to change, " + summary.remove() + " to destroy";
        }
        if (!hosts.isEmpty()) {
            long bad = hosts.stream().filter(RunEvent.HostRecap::bad).count();
            long changed = hosts.stream().filter(h -> h.changed() > 0).count();
            return hosts.size() + " hosts, " + changed + " changed, " + bad + " failed or unreachable";
        }
        return "exit " + exit;
    }

    /** Resources seen drifting; a CI drift job's Terraform report gives only counts (a change summary). */
    private int driftCount() {
        return drifted > 0 || summary == null ? drifted : summary.add() + summary.change() + summary.remove();
    }

    DriftCheck driftCheck(RunOutcome o) {
        if (o.exitCode() == 0) {
            return new DriftCheck(DriftCheck.Status.IN_SYNC, 0, "", o.endedAt());
        }
        if (o.exitCode() == 2) {
            return new DriftCheck(DriftCheck.Status.DRIFTED, driftCount(), "", o.endedAt());
        }
        return new DriftCheck(DriftCheck.Status.FAILED, 0, o.summary(), o.endedAt());
    }
}
