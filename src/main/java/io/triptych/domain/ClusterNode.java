package io.triptych.domain;

/**
 * One machine of a Swarm (or a Kubernetes node).
 *
 * @param role         "manager"/"worker" (Swarm), "control-plane"/"worker" (Kubernetes)
 * @param availability "active", "pause", "drain"; "" where the orchestrator has none
 * @param status       "ready", "down", "unknown"…
 */
public record ClusterNode(String name, String role, String availability, String status, String engineVersion) {
}
