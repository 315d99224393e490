package io.triptych.iac;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second process for the lock tests: takes an environment's lock, says so, holds it until stdin closes.
 * Each line "again" on stdin asks for the same lock once more and prints "refused: WHO" or "acquired".
 * With a third argument "probe": asks once, prints "refused: WHO" or "acquired", and exits.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        EnvironmentLocks locks = new EnvironmentLocks(Path.of(args[0]));
        String what = "ops@other-console (pid " + ProcessHandle.current().pid() + "): terraform apply, since 09:00";
        if (args.length > 2 && args[2].equals("probe")) {
            System.out.println(ask(locks, args[1], what));
            return;
        }
        try (EnvironmentLocks.Held held = locks.acquire(args[1], what)) {
            System.out.println("held");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) { // hold until the test closes our stdin
                if (line.equals("again")) {
                    System.out.println(ask(locks, args[1], what));
                    System.out.flush();
                }
            }
        }
    }

    private static String ask(EnvironmentLocks locks, String environment, String what) throws Exception {
        try (EnvironmentLocks.Held again = locks.acquire(environment, what)) {
            return "acquired";
        } catch (EnvironmentLocks.Busy busy) {
            return "refused: " + busy.getMessage();
        }
    }
}
