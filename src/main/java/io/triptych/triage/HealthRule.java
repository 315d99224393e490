package io.triptych.triage;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Item;
import io.triptych.domain.Problem;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * An environment's health from its problems and sources. DOWN: every configured source fails, or a
 * service has no replica running (the platform no longer serves). DEGRADED: any other problem of
 * severity warning or critical (a VM in ERROR is serious, but the environment still serves), or some
 * source fails. UNKNOWN: nothing has answered yet.
 */
public final class HealthRule {
    private HealthRule() {
    }

    public static Health of(EnvironmentSnapshot s, List<Problem> problems) {
        List<Section<? extends Item>> configured = new ArrayList<>();
        for (Section<? extends Item> x : s.sections()) {
            if (x.configured()) {
                configured.add(x);
            }
        }
        boolean anyAnswer = configured.stream().anyMatch(x -> x.loaded() || x.failure() != null);
        if (!anyAnswer) {
            return Health.UNKNOWN;
        }
        boolean allFail = configured.stream().allMatch(x -> x.failure() != null);
        if (allFail || problems.stream().anyMatch(p -> p.severity() == Severity.CRITICAL
                && p.source() == SectionKind.SERVICES)) {
            return Health.DOWN;
        }
        boolean someFail = configured.stream().anyMatch(x -> x.failure() != null);
        if (someFail || problems.stream().anyMatch(p -> p.severity() != Severity.INFO)) {
            return Health.DEGRADED;
        }
        return Health.OK;
    }
}
