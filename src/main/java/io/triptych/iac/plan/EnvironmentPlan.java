package io.triptych.iac.plan;

import java.util.Optional;

/**
 * One environment's part of "plan all environments": how its plan ended and, when it got that far, its changes.
 *
 * @param status  {@code changes}, {@code ok} (nothing to change), {@code failed}, {@code cancelled}, {@code refused}
 *                (lock held, no terraform block, read-only…)
 * @param note    the run's one-line outcome ("2 to add, …") or why it did not run
 * @param runId   the plan run's id, to apply it later
 * @param changes empty when the plan did not end well or its detail could not be read
 */
public record EnvironmentPlan(String environmentId, String status, String note, Optional<String> runId,
                              Optional<PlanChanges> changes) {
}
