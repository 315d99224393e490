package io.triptych.domain;

/** GitLab's pipeline and job status words, read as tones. */
public final class PipelineStatus {
    private PipelineStatus() {
    }

    public static Tone tone(String status) {
        return switch (status) {
            case "success" -> Tone.GOOD;
            case "failed" -> Tone.BAD;
            case "running", "pending", "preparing", "waiting_for_resource", "created", "scheduled" -> Tone.BUSY;
            case "manual", "canceled", "canceling" -> Tone.WARN;
            default -> Tone.IDLE;
        };
    }
}
