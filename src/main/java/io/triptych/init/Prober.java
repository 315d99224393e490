package io.triptych.init;

/**
 * Tests one found thing with one cheap authenticated call: a Keystone token, Kubernetes {@code /version} with
 * the context's credentials, Docker {@code _ping}, GitLab {@code /user} with the named variable's token. The
 * launcher implements it with the adapters; blocking, so never called on the FX thread.
 */
@FunctionalInterface
public interface Prober {
    Outcome test(Found item);

    /** What a test said: passed (with a detail worth a glance), failed (one line, no secret), or not tested. */
    record Outcome(State state, String detail) {
        public enum State { OK, FAILED, SKIPPED }

        public static Outcome ok(String detail) {
            return new Outcome(State.OK, detail);
        }

        public static Outcome failed(String why) {
            return new Outcome(State.FAILED, why);
        }

        public static Outcome skipped(String why) {
            return new Outcome(State.SKIPPED, why);
        }
    }
}
