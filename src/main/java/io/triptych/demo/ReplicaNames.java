package io.triptych.demo;

import java.util.Random;

/** Swarm task ids and Kubernetes pod hashes, drawn from the world's seeded random. */
final class ReplicaNames {
    /** Kubernetes' own alphabet for generated names: no vowels, no look-alike digits. */
    private static final String POD_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final String TASK_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Random random;

    ReplicaNames(Random random) {
        this.random = random;
    }

    /** "k3j2h9x1": the short task id Swarm appends to {@code <service>.<slot>.} */
    String taskId() {
        return draw(TASK_ALPHABET, 8);
    }

    /** A ReplicaSet's pod-template hash, 9 or 10 characters like the real ones. */
    String podTemplateHash() {
        return draw(POD_ALPHABET, 9 + random.nextInt(2));
    }

    /** The 5-character suffix of a generated pod name. */
    String podSuffix() {
        return draw(POD_ALPHABET, 5);
    }

    private String draw(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
