package io.triptych.init;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which environment a found thing belongs to, by the words of its name: "fsgs-int" has the word "int", so
 * integration. Defaults: int, integration, dev → integration; pp, preprod, staging → preproduction;
 * prod, production → production. {@code --match ID=WORD,WORD} replaces an environment's words or adds an
 * environment. A name whose words point at two environments, or none, is left for the operator.
 */
public final class Patterns {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** One environment and the words that point at it. */
    public record Environment(String id, String name, List<String> words) {
        public Environment {
            words = List.copyOf(words);
        }
    }

    private final List<Environment> environments;

    private Patterns(List<Environment> environments) {
        this.environments = List.copyOf(environments);
    }

    public static Patterns defaults() {
        return new Patterns(List.of(
                new Environment("integration", "Integration", List.of("int", "integration", "dev")),
                new Environment("preproduction", "Pre-production", List.of("pp", "preprod", "staging")),
                new Environment("production", "Production", List.of("prod", "production"))));
    }

    public List<Environment> environments() {
        return environments;
    }

    /** "integration=int,integ,dev": that environment's words replaced (or a new environment added). */
    public Patterns with(String spec) throws InitException {
        int eq = spec.indexOf('=');
        String id = eq < 0 ? "" : spec.substring(0, eq).strip();
        List<String> words = eq < 0 ? List.of() : Arrays.stream(spec.substring(eq + 1).split(","))
                .map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
        if (!ID.matcher(id).matches() || words.isEmpty()) {
            throw new InitException("--match '" + spec + "': write ID=WORD,WORD (like --match integration=int,qualif)");
        }
        List<Environment> out = new ArrayList<>();
        boolean replaced = false;
        for (Environment e : environments) {
            if (e.id().equals(id)) {
                out.add(new Environment(id, e.name(), words));
                replaced = true;
            } else {
                out.add(e);
            }
        }
        if (!replaced) {
            out.add(new Environment(id, nameOf(id), words));
        }
        return new Patterns(out);
    }

    public Optional<Environment> environment(String id) {
        return environments.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** "qualif" → "Qualif": the name of an environment the defaults do not know. */
    static String nameOf(String id) {
        return id.isEmpty() ? id : id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    static boolean validId(String id) {
        return ID.matcher(id).matches();
    }

    /** The one environment the item's words point at, if exactly one. */
    public Optional<String> environmentOf(Found item) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : item.words()) {
            Arrays.stream(SPLIT.split(w.toLowerCase(Locale.ROOT))).filter(s -> !s.isEmpty()).forEach(words::add);
        }
        List<String> hits = environments.stream().filter(e -> e.words().stream().anyMatch(words::contains))
                .map(Environment::id).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }
}
