package io.triptych.init;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the operator's machine is made of for {@code triptych init}: its environment variables, home, current
 * folder and what {@code /} is (a temporary folder in tests: its etc/ and var/run/). Tests hand a fake home and a map; nothing here reads the real ones but
 * {@link #forSystem}.
 */
public record Machine(Map<String, String> env, Path home, Path cwd, Path root) {
    public Machine {
        env = Map.copyOf(env);
        home = home.toAbsolutePath().normalize();
        cwd = cwd.toAbsolutePath().normalize();
    }

    public static Machine forSystem() {
        return new Machine(System.getenv(), Path.of(System.getProperty("user.home")), Path.of(""), Path.of("/"));
    }

    public Path etc() {
        return root.resolve("etc");
    }

    /** What a path written for the real machine ("/var/run/docker.sock") is here. */
    Path rooted(String absolute) {
        return root.resolve(absolute.replaceFirst("^/+", ""));
    }

    public String show(Path p) {
        Path a = p.toAbsolutePath().normalize();
        return a.startsWith(home) && !a.equals(home) ? "~/" + home.relativize(a) : a.toString();
    }

    /** A path as the user typed it: {@code ~/} is home, a relative one is below the current folder. */
    Path path(String typed) {
        String t = typed.strip();
        if (t.equals("~")) {
            return home;
        }
        return t.startsWith("~/") ? home.resolve(t.substring(2)) : cwd.resolve(t);
    }
}
