package io.triptych.cli;

import java.util.List;

/** The help text of {@code triptych --help}. English only: the command line is for scripts and operators. */
public final class Usage {
    private Usage() {
    }

    public static String text() {
        StringBuilder sb = new StringBuilder("Usage:\n");
        for (Command c : List.of(Command.WINDOW, Command.STATUS, Command.SNAPSHOT, Command.REPORT,
                Command.CHECK_CONFIG, Command.RUN, Command.ACK, Command.UNACK, Command.HANDOVER, Command.INIT,
                Command.SERVER)) {
            sb.append("  ").append(synopsis(c)).append('\n');
            sb.append("      ").append(c.summary()).append('\n');
        }
        sb.append("  triptych --help | triptych --version\n\nOptions:\n");
        for (Option o : Option.values()) {
            sb.append(String.format("  %-22s %s", o.synopsis(), o.help())).append('\n');
        }
        sb.append("\nOptions take their value as --opt value or --opt=value.\n")
                .append("Exit codes: 0 healthy, 1 problems found, 2 a source unreachable or the command line\n")
                .append("or the site file refused.\n")
                .append("triptych run: 0 done, nothing to change; 1 changes planned, drift found or hosts failed;\n")
                .append("2 refused (lock held, read-only, no confirmation, bad plan) or failed to run.\n")
                .append("triptych ack|unack: 0 done; 2 no such problem, no team: block in the site file, refused\n")
                .append("(--read-only, or by GitLab) or GitLab unreachable.\n")
                .append("triptych handover: as status; with --post, 2 when there is no team: block or under\n")
                .append("--read-only (nothing written), or when the tracker refused the note (the file is written).\n")
                .append("triptych init: 0 written, every connection answered; 1 written, a connection failed;\n")
                .append("2 nothing written (the file exists without --force, nothing found, a bad --env).\n")
                .append("triptych server: 0 done; 1 refused by the cloud or the server's state (Nova's 409);\n")
                .append("2 refused here (read-only, no confirmation, unknown server) or failed.\n");
        return sb.toString();
    }

    /** "triptych snapshot --out FILE [--lang en|fr|zh] …": required options bare, the others in brackets. */
    static String synopsis(Command command) {
        StringBuilder sb = new StringBuilder(command.invocation());
        if (command == Command.RUN) {
            sb.append(' ').append(String.join("|", RunRequest.Verb.words()));
        }
        if (command == Command.SERVER) {
            sb.append(' ').append(String.join("|", ServerRequest.Verb.words()));
        }
        if (command.takesSubject()) {
            sb.append(" SUBJECT");
        }
        for (Option o : command.options()) {
            if (o == Option.ALL && command == Command.RUN) {
                continue; // written with --env: one environment or all
            }
            if (o == Option.ENV && command == Command.RUN) {
                sb.append(" --env ID|--all");
                continue;
            }
            boolean required = o == Option.OUT && command.needsOut()
                    || o == Option.ENV && (command.takesSubject() || command == Command.SERVER)
                    || o == Option.SINCE && command == Command.HANDOVER;
            sb.append(' ').append(required ? o.synopsis() : "[" + o.synopsis() + "]");
        }
        if (command == Command.SERVER) {
            sb.append(" NAME");
        }
        return sb.toString();
    }
}
