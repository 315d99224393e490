package io.triptych.iac.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two plans compared on what they touch — resource addresses and actions, not attribute values (those differ
 * between environments by design: names, addresses, sizes). "Is production about to do what pre-production did?"
 *
 * @param onlyHere    address → action of the plan being applied that the other did not touch
 * @param onlyThere   address → action of the other plan that this one does not touch
 * @param otherAction addresses both touch differently: address → {there, here}
 */
public record PlanComparison(Map<String, String> onlyHere, Map<String, String> onlyThere,
                             Map<String, List<String>> otherAction) {

    public static PlanComparison of(PlanChanges here, PlanChanges there) {
        Map<String, String> mine = here.actionsByAddress();
        Map<String, String> theirs = there.actionsByAddress();
        Map<String, String> onlyHere = new LinkedHashMap<>();
        Map<String, List<String>> other = new LinkedHashMap<>();
        mine.forEach((a, action) -> {
            String t = theirs.get(a);
            if (t == null) {
                onlyHere.put(a, action);
            } else if (!t.equals(action)) {
                other.put(a, List.of(t, action));
            }
        });
        Map<String, String> onlyThere = new LinkedHashMap<>(theirs);
        onlyThere.keySet().removeAll(mine.keySet());
        return new PlanComparison(onlyHere, onlyThere, other);
    }

    public boolean same() {
        return onlyHere.isEmpty() && onlyThere.isEmpty() && otherAction.isEmpty();
    }

    /** At most {@code n} entries as "action address", then "…and N more". */
    public static List<String> firstOf(Map<String, String> byAddress, int n) {
        List<String> out = new ArrayList<>();
        byAddress.entrySet().stream().limit(n).forEach(e -> out.add(e.getValue() + " " + e.getKey()));
        if (byAddress.size() > n) {
            out.add("…+" + (byAddress.size() - n));
        }
        return out;
    }
}
