package io.triptych.init;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The site file a proposal makes, commented so the operator sees where each block came from and what is left to
 * do. Holds names and paths only: no credential is ever read into it. An environment with nothing a section can
 * show (only Terraform or Ansible) is written as comments, since the site file would refuse it.
 */
public final class SiteFileText {
    private static final Map<String, String> COLORS = Map.of("integration", "#2e7d32", "preproduction", "#ef6c00",
            "production", "#c62828");

    private SiteFileText() {
    }

    public static String render(String site, Proposal proposal, Machine m, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Triptych site file, written by `triptych init` on ").append(today).append(" from what this\n")
                .append("# machine has. It holds no secret: credentials stay in clouds.yaml, the kubeconfig, Docker's\n")
                .append("# TLS folders and the variables named by token-env. Check it with `triptych check-config`;\n")
                .append("# the README's \"The site file\" says every key.\n")
                .append("site: ").append(q(site)).append('\n')
                .append("refresh: 15s\n")
                .append("environments:\n");
        for (Proposal.Planned p : proposal.used()) {
            environment(sb, p, m);
        }
        List<Found> left = proposal.unassigned();
        if (!left.isEmpty()) {
            sb.append("# Found but not assigned to an environment (add them above if they belong to one):\n");
            left.forEach(f -> sb.append("#   ").append(f.ref()).append("  (").append(f.origin()).append(")\n"));
        }
        return sb.toString();
    }

    private static void environment(StringBuilder out, Proposal.Planned p, Machine m) {
        List<String> lines = new ArrayList<>();
        boolean watched = false;
        List<String> extra = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Found> items = p.items().stream().filter(f -> f.kind() == kind).toList();
            if (items.isEmpty()) {
                continue;
            }
            int used = kind == Kind.DOCKER ? sameEngine(items) : 1;
            items.subList(used, items.size()).forEach(f -> extra.add(f.ref()));
            List<Found> these = items.subList(0, used);
            boolean wrote = block(lines, these, m);
            watched |= wrote && kind != Kind.TERRAFORM && kind != Kind.ANSIBLE;
        }
        String prefix = watched ? "" : "# ";
        if (!watched) {
            out.append("# ").append(p.id()).append(": nothing here a column can show (only Terraform or Ansible);")
                    .append(" add openstack:, swarm:, kubernetes: or gitlab: and remove the '# '.\n");
        }
        out.append(prefix).append("  - id: ").append(p.id()).append('\n');
        out.append(prefix).append("    name: ").append(q(p.name())).append('\n');
        Optional.ofNullable(COLORS.get(p.id())).ifPresent(c -> out.append(prefix).append("    color: \"")
                .append(c).append("\"\n"));
        if (p.id().equals("production")) {
            out.append(prefix).append("    protected: true                # every action asks for the environment's name\n");
        }
        lines.forEach(l -> out.append(l.startsWith("#") ? "    " + l : prefix + "    " + l).append('\n'));
        if (!extra.isEmpty()) {
            out.append("    # also proposed here, but an environment takes one of each: ")
                    .append(String.join(", ", extra)).append('\n');
        }
    }

    /** Stacks of one engine go into one swarm block: how many leading items share the first one's engine. */
    private static int sameEngine(List<Found> items) {
        String engine = ((Found.Docker) items.get(0)).endpoint();
        int n = 0;
        while (n < items.size() && ((Found.Docker) items.get(n)).endpoint().equals(engine)) {
            n++;
        }
        return n;
    }

    /** Appends one block (and its comment); false when it could only be written as a comment. */
    private static boolean block(List<String> lines, List<Found> items, Machine m) {
        Found f = items.get(0);
        if (f instanceof Found.Cloud c) {
            lines.add("# cloud " + c.name() + " of " + c.origin());
            lines.add("openstack: { cloud: " + q(c.name()) + ", clouds-file: " + q(c.cloudsFile()) + " }");
        } else if (f instanceof Found.KubeContext k) {
            lines.add("# context " + k.name() + " of " + k.origin()
                    + (k.namespace().isPresent() ? "" : "; no namespace set: every namespace it may list"));
            lines.add("kubernetes: { " + k.kubeconfig().map(p -> "kubeconfig: " + q(p) + ", ").orElse("")
                    + "context: " + q(k.name()) + k.namespace().map(ns -> ", namespaces: [" + q(ns) + "]").orElse("")
                    + " }");
        } else if (f instanceof Found.Docker d) {
            String stacks = items.stream().map(i -> ((Found.Docker) i).stack()).flatMap(Optional::stream)
                    .map(SiteFileText::q).collect(Collectors.joining(", "));
            boolean tcp = d.host().startsWith("tcp://");
            lines.add("# Docker engine " + d.endpoint() + " (" + d.origin() + ")"
                    + (tcp && d.certPath().isEmpty() ? "; plain TCP without TLS: insecure, give it TLS" : ""));
            lines.add("swarm: { host: " + q(d.host())
                    + d.certPath().map(p -> ", tls-verify: true, cert-path: " + q(p)).orElse(tcp ? ", tls: false" : "")
                    + (stacks.isEmpty() ? "" : ", stacks: [" + stacks + "]") + " }");
        } else if (f instanceof Found.GitLab g) {
            lines.add("# GitLab " + g.name() + " (" + g.origin() + "): set " + g.tokenEnv() + " to a personal access"
                    + " token (scope read_api; api to act); add ref: the branch deployed here");
            String block = "gitlab: { url: " + q(g.url().toString()) + ", token-env: " + g.tokenEnv() + ", projects: ["
                    + g.projects().stream().map(SiteFileText::q).collect(Collectors.joining(", ")) + "] }";
            if (g.projects().isEmpty()) {
                lines.add("# " + block.replace("[]", "[group/project]") + "   # name its projects");
                return false;
            }
            lines.add(block);
        } else if (f instanceof Found.Terraform t) {
            lines.add("# Terraform root module " + t.origin());
            lines.add("terraform: { dir: " + q(t.dir()) + t.workspace().map(w -> ", workspace: " + q(w)).orElse("")
                    + " }");
        } else if (f instanceof Found.Ansible a) {
            lines.add("# Ansible inventory " + m.show(a.inventory()));
            lines.add("ansible: { dir: " + q(a.dir()) + ", inventory: " + q(a.dir().relativize(a.inventory()).toString())
                    + a.playbook().map(p -> ", playbook: " + q(a.dir().relativize(p).toString())).orElse("") + " }");
        }
        return true;
    }

    private static String q(Path p) {
        return q(p.toAbsolutePath().normalize().toString());
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
