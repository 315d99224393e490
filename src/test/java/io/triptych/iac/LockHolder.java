package io.triptych.iac;

import java.nio.file.Path;

/** A second process for the lock tests: takes an environment's lock, says so, holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (EnvironmentLocks.Held held = new EnvironmentLocks(Path.of(args[0])).acquire(args[1],
                "ops@other-console (pid " + ProcessHandle.current().pid() + "): terraform apply, since 09:00")) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our stdin
            }
        }
    }
}
