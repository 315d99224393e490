package io.triptych.init;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code triptych init}: discover, propose, let the operator correct (flags, or prompts on a terminal), test each
 * connection, write the site file. Exit 0 written with every test passed, 1 written but a test failed, 2 nothing
 * written (refused, or nothing to watch found).
 */
public final class InitCommand {
    private final Machine machine;
    private final Discovery discovery;
    private final Prober prober;
    private final InitText text;
    private final Optional<Prompter> prompter;

    /** @param prompter present on a terminal: the proposal is then shown and may be corrected line by line */
    public InitCommand(Machine machine, Discovery discovery, Prober prober, InitText text,
                       Optional<Prompter> prompter) {
        this.machine = machine;
        this.discovery = discovery;
        this.prober = prober;
        this.text = text;
        this.prompter = prompter;
    }

    public int run(InitOptions options, Path out, PrintStream stdout, PrintStream err) {
        try {
            new SiteFileOutput(machine).mayWrite(out, options.force());
            Patterns patterns = Patterns.defaults();
            for (String m : options.matches()) {
                patterns = patterns.with(m);
            }
            stdout.println(text.get("init.looking", machine.show(machine.home()), machine.cwd()));
            Discovered found = discovery.run();
            printFound(found, stdout);
            Proposal proposal = Proposal.guess(found, patterns);
            for (String e : options.envs()) {
                proposal = proposal.assign(e);
            }
            printProposal(proposal, stdout);
            if (prompter.isPresent() && !options.yes()) {
                proposal = correct(proposal, stdout, err);
            }
            if (proposal.used().isEmpty()) {
                throw new InitException(text.get("init.nothing"));
            }
            stdout.println(text.get("init.testing"));
            List<ConnectionTests.Result> results = ConnectionTests.run(proposal, prober);
            results.forEach(r -> stdout.println("  " + text.outcome(r.environment(), r.item(), r.outcome())));
            String yaml = SiteFileText.render(text.get("init.site.name"), proposal, machine, LocalDate.now());
            SiteFileOutput.Written w = new SiteFileOutput(machine).write(out, yaml, options.force());
            stdout.println(w.backup().map(b -> text.get("init.written.backup", w.file(), b))
                    .orElseGet(() -> text.get("init.written", w.file())));
            stdout.println(text.get("init.next", w.file()));
            stdout.flush();
            return results.stream().anyMatch(r -> r.outcome().state() == Prober.Outcome.State.FAILED) ? 1 : 0;
        } catch (InitException e) {
            err.println("triptych: init: " + e.getMessage());
            return 2;
        }
    }

    private Proposal correct(Proposal proposal, PrintStream stdout, PrintStream err) {
        Proposal now = proposal;
        while (true) {
            Optional<String> line = prompter.get().ask(text.get("init.prompt"));
            if (line.isEmpty() || line.get().isBlank()) {
                return now;
            }
            try {
                now = now.assign(line.get().strip());
                printProposal(now, stdout);
            } catch (InitException e) {
                err.println("triptych: init: " + e.getMessage());
            }
        }
    }

    private void printFound(Discovered found, PrintStream out) {
        out.println(text.get("init.found", found.items().size()));
        for (Found f : found.items()) {
            String extra = f instanceof Found.GitLab g ? " " + text.get("init.found.gitlab", g.projects().size(),
                    g.tokenEnv()) : f instanceof Found.KubeContext k && k.namespace().isPresent()
                    ? " " + text.get("init.found.namespace", k.namespace().get()) : "";
            out.println(String.format("  %-40s %s%s", f.ref(), f.origin(), extra));
        }
        found.notes().forEach(n -> out.println("  " + text.get("init.note", n)));
    }

    private void printProposal(Proposal proposal, PrintStream out) {
        out.println(text.get("init.proposal"));
        for (Proposal.Planned p : proposal.environments()) {
            out.println(String.format("  %-16s %s", p.id(), p.items().isEmpty() ? "—"
                    : String.join(", ", p.items().stream().map(Found::ref).toList())));
        }
        List<Found> left = proposal.unassigned();
        if (!left.isEmpty()) {
            out.println(String.format("  %-16s %s", text.get("init.unassigned"),
                    String.join(", ", left.stream().map(Found::ref).toList())));
        }
        out.println(text.get("init.change"));
    }
}
