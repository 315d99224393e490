package io.triptych.triage;

import io.triptych.domain.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes names comparable across environments: lower case, split on '-', '_' and '.', environment
 * words dropped (the environment's own id and name, and the usual int/pp/preprod/staging/prod forms),
 * joined with '-'. So the Swarm service {@code sdb_api-import}, a stack-prefixed {@code pp_sdb_api-import}
 * and the Kubernetes Deployment {@code sdb-api-import} are one service. Numbered copies ({@code -01})
 * can be dropped too, for roles and volumes.
 */
public final class NameNormaliser {
    private static final Set<String> ENV_WORDS = Set.of("int", "integ", "integration", "pp", "preprod",
            "pre-prod", "preproduction", "staging", "stg", "stage", "prod", "prd", "production", "dev", "qa",
            "test", "uat");
    private final Set<String> words = new TreeSet<>(ENV_WORDS);

    public NameNormaliser(List<Environment> environments) {
        for (Environment e : environments) {
            words.add(e.id().toLowerCase(Locale.ROOT));
            words.add(e.name().toLowerCase(Locale.ROOT).replace(' ', '-'));
        }
    }

    /** {@code sdb_api-import} → {@code sdb-api-import}. */
    public String service(String name) {
        return join(segments(name, false));
    }

    /** {@code vol-prod-pgdata-01} → {@code vol-pgdata}; {@code fsgs-int-swarm-wrk-02} → {@code fsgs-swarm-wrk}. */
    public String family(String name) {
        return join(segments(name, true));
    }

    private List<String> segments(String name, boolean dropNumbers) {
        List<String> out = new ArrayList<>();
        for (String s : name.toLowerCase(Locale.ROOT).split("[-_.]+")) {
            if (s.isEmpty() || words.contains(s) || (dropNumbers && s.chars().allMatch(Character::isDigit))) {
                continue;
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            out.add(name.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String join(List<String> parts) {
        return String.join("-", parts);
    }
}
