package io.triptych.domain;

import java.util.Locale;

/** The orchestrator object behind a service. The JSON name is the lower-case constant name. */
public enum ServiceKind {
    SWARM, DEPLOYMENT, STATEFULSET, DAEMONSET;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
