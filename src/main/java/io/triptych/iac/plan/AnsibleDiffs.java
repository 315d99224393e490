package io.triptych.iac.plan;

import io.triptych.logs.AnsiParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ansible-playbook's default output with {@code --diff}, line by line in order, and hands back each
 * diff with the task and host it belongs to. Ansible prints a host's diff ({@code --- before}, {@code +++
 * after}, hunks) right before that host's result line ({@code changed: [web-01]}) under the task's header;
 * one instance per run (it keeps the current task). Not thread-safe: feed it from the run's thread.
 */
public final class AnsibleDiffs {
    private static final Pattern TASK = Pattern.compile("^(?:TASK|RUNNING HANDLER) \\[(.*)\\].*");
    private static final Pattern RESULT = Pattern.compile("^(ok|changed|failed|fatal|skipping): \\[([^\\]]+)\\].*");
    private String task = "";
    private final List<String> pending = new ArrayList<>();
    private boolean inDiff;

    public Optional<HostDiff> accept(String line) {
        String plain = AnsiParser.strip(line);
        Matcher t = TASK.matcher(plain);
        if (t.matches()) {
            task = t.group(1);
            pending.clear();
            inDiff = false;
            return Optional.empty();
        }
        if (plain.startsWith("--- before")) {
            inDiff = true;
            pending.add(plain);
            return Optional.empty();
        }
        if (!inDiff) {
            return Optional.empty();
        }
        Matcher r = RESULT.matcher(plain);
        if (!r.matches()) {
            pending.add(plain);
            return Optional.empty();
        }
        while (!pending.isEmpty() && pending.get(pending.size() - 1).isBlank()) {
            pending.remove(pending.size() - 1);
        }
        String host = r.group(2);
        int arrow = host.indexOf(" -> ");
        HostDiff d = new HostDiff(task, arrow > 0 ? host.substring(0, arrow) : host, r.group(1), pending);
        pending.clear();
        inDiff = false;
        return Optional.of(d);
    }
}
