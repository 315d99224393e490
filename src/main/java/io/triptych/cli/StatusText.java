package io.triptych.cli;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.InsecureLink;
import io.triptych.domain.Item;
import io.triptych.domain.Problem;
import io.triptych.domain.Section;
import io.triptych.domain.SiteSnapshot;
import io.triptych.domain.SourceError;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text form of {@code status}: one block per environment, for a terminal at 3 a.m. */
final class StatusText {
    private StatusText() {
    }

    static void write(SiteSnapshot s, PrintStream out) {
        boolean sayDemo = s.demo() && !s.site().toLowerCase(Locale.ROOT).contains("demo");
        out.println(s.site() + (sayDemo ? " (demo)" : "") + " at " + StatusJson.iso(s.generatedAt()));
        for (EnvironmentSnapshot e : s.environments()) {
            out.println();
            out.println(e.environment().name() + " [" + e.environment().id() + "]: "
                    + StatusJson.health(e.health()).toUpperCase(Locale.ROOT));
            if (!e.environment().insecure().isEmpty()) {
                out.println("  INSECURE: " + e.environment().insecure().stream().map(InsecureLink::describe)
                        .collect(Collectors.joining("; ")));
            }
            out.println("  " + counts(e));
            if (!e.problems().isEmpty()) {
                out.println("  problems:");
                for (Problem p : e.problems()) {
                    out.printf("    %-8s  %-14s  %s: %s%s%s%n", p.severity().jsonName(), p.source().jsonName(),
                            p.subject(), p.message(), acknowledged(p),
                            p.incident() == null ? "" : " — incident " + p.incident().url());
                }
            }
            if (!e.errors().isEmpty()) {
                out.println("  errors:");
                for (SourceError x : e.errors()) {
                    out.printf("    %-14s  %s (since %s)%n", x.source().jsonName(), x.message(),
                            StatusJson.iso(x.since()));
                }
            }
        }
        out.flush();
    }

    /** " (acknowledged by zoe at 2026-12-02T03:14:15Z: on it)", or "" when nobody did. */
    static String acknowledged(Problem p) {
        if (!p.isAcknowledged()) {
            return "";
        }
        var a = p.acknowledged();
        return " (acknowledged" + (a.by().isEmpty() ? "" : " by " + a.by())
                + (a.at() == null ? "" : " at " + StatusJson.iso(a.at()))
                + (a.note().isEmpty() ? "" : ": " + a.note()) + ")";
    }

    /** "3 servers, 2 volumes, 4 security groups, services unreachable; pipelines not configured". */
    static String counts(EnvironmentSnapshot e) {
        List<String> counted = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Section<? extends Item> section : e.sections()) {
            String words = words(section);
            if (section.configured() && !section.loaded() && section.failure() != null) {
                counted.add(words + " unreachable");
            } else if (section.configured()) {
                counted.add(section.items().size() + " " + words);
            } else {
                absent.add(words);
            }
        }
        String text = String.join(", ", counted);
        if (!absent.isEmpty()) {
            text += (text.isEmpty() ? "" : "; ") + String.join(", ", absent) + " not configured";
        }
        return text;
    }

    private static String words(Section<? extends Item> section) {
        return switch (section.kind()) {
            case SERVERS -> "servers";
            case VOLUMES -> "volumes";
            case SECURITY_GROUPS -> "security groups";
            case SERVICES -> "services";
            case PIPELINES -> "pipelines";
        };
    }
}
