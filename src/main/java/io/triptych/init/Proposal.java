package io.triptych.init;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which found thing goes to which environment: first guessed from names ({@link Patterns}), then corrected by
 * the operator ({@link #assign}). A GitLab server serves every environment, so it joins each one that has
 * something else. Immutable: each correction makes a new proposal.
 */
public final class Proposal {
    /** One environment of the site file to be, with what it will watch. */
    public record Planned(String id, String name, List<Found> items) {
        public Planned {
            items = List.copyOf(items);
        }
    }

    private final Discovered found;
    private final List<Planned> environments;

    private Proposal(Discovered found, List<Planned> environments) {
        this.found = found;
        this.environments = List.copyOf(environments);
    }

    public static Proposal guess(Discovered found, Patterns patterns) {
        Map<String, List<Found>> byEnv = new LinkedHashMap<>();
        patterns.environments().forEach(e -> byEnv.put(e.id(), new ArrayList<>()));
        for (Found f : found.items()) {
            if (!(f instanceof Found.GitLab)) {
                patterns.environmentOf(f).ifPresent(id -> byEnv.get(id).add(f));
            }
        }
        List<Found> gitlabs = found.of(Kind.GITLAB).stream()
                .filter(g -> !((Found.GitLab) g).projects().isEmpty()).toList();
        if (!gitlabs.isEmpty()) {
            boolean anyUsed = byEnv.values().stream().anyMatch(l -> !l.isEmpty());
            byEnv.values().stream().filter(l -> !anyUsed || !l.isEmpty()).forEach(l -> l.add(gitlabs.get(0)));
        }
        List<Planned> planned = new ArrayList<>();
        patterns.environments().forEach(e -> planned.add(new Planned(e.id(), e.name(), sorted(byEnv.get(e.id())))));
        return new Proposal(found, planned);
    }

    public Discovered found() {
        return found;
    }

    public List<Planned> environments() {
        return environments;
    }

    /** The environments that will be written: those with something in them. */
    public List<Planned> used() {
        return environments.stream().filter(p -> !p.items().isEmpty()).toList();
    }

    /** What was found but goes nowhere. */
    public List<Found> unassigned() {
        return found.items().stream().filter(f -> environments.stream().noneMatch(p -> p.items().contains(f)))
                .toList();
    }

    /**
     * "integration=cloud:fsgs-int,context:kind-int" (or "integration=none"): that environment's items replaced
     * (an unknown id adds an environment). Each ref must name something found.
     */
    public Proposal assign(String spec) throws InitException {
        int eq = spec.indexOf('=');
        String id = eq < 0 ? "" : spec.substring(0, eq).strip();
        if (!Patterns.validId(id)) {
            throw new InitException("--env '" + spec + "': write ID=KIND:NAME,KIND:NAME (like --env"
                    + " integration=cloud:fsgs-int,context:kind-int); the ID is lower-case letters, digits and -");
        }
        List<Found> items = new ArrayList<>();
        String list = spec.substring(eq + 1).strip();
        if (!list.equals("none") && !list.isEmpty()) {
            for (String ref : list.split(",")) {
                Found f = lookup(id, ref.strip());
                if (!items.contains(f)) {
                    items.add(f);
                }
            }
        }
        List<Planned> out = new ArrayList<>();
        boolean replaced = false;
        for (Planned p : environments) {
            if (p.id().equals(id)) {
                out.add(new Planned(id, p.name(), sorted(items)));
                replaced = true;
            } else {
                out.add(p);
            }
        }
        if (!replaced) {
            out.add(new Planned(id, Patterns.nameOf(id), sorted(items)));
        }
        return new Proposal(found, out);
    }

    private Found lookup(String id, String ref) throws InitException {
        int colon = ref.indexOf(':');
        Optional<Kind> kind = colon < 0 ? Optional.empty() : Kind.byWord(ref.substring(0, colon).strip());
        if (kind.isEmpty()) {
            throw new InitException("--env " + id + ": '" + ref + "' is not KIND:NAME; KIND is one of "
                    + String.join(", ", java.util.Arrays.stream(Kind.values()).map(Kind::word).toList()));
        }
        String name = ref.substring(colon + 1).strip();
        List<Found> ofKind = found.of(kind.get());
        return ofKind.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new InitException(
                "--env " + id + ": no " + kind.get().word() + " named '" + name + "' was found ("
                        + (ofKind.isEmpty() ? "none found" : "found: " + String.join(", ",
                        ofKind.stream().map(Found::name).toList())) + ")"));
    }

    /** "cloud:a,context:b": the environment as {@code --env} would give it. */
    public static String refs(Planned p) {
        return p.items().isEmpty() ? "none" : String.join(",", p.items().stream().map(Found::ref).toList());
    }

    private static List<Found> sorted(List<Found> items) {
        return items.stream().sorted(Comparator.comparing(Found::kind)).toList();
    }
}
