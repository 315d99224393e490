package io.triptych.gitlab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The environment's ref as a query. A branch (or an exact tag) is asked for with {@code ref=}; a tag pattern
 * ({@code v*}, {@code release-?.*}) cannot be: GitLab's ref filter is an exact match, so it is asked with
 * {@code scope=tags} and the largest page, and filtered here. No ref: every ref.
 */
final class RefFilter {
    private final Optional<String> ref;
    private final Pattern glob;

    RefFilter(Optional<String> ref) {
        this.ref = ref.map(String::strip).filter(r -> !r.isEmpty());
        this.glob = this.ref.filter(RefFilter::isPattern).map(RefFilter::compile).orElse(null);
    }

    static boolean isPattern(String ref) {
        return ref.contains("*") || ref.contains("?");
    }

    boolean pattern() {
        return glob != null;
    }

    /** The query of the list request: one page of {@code limit} (or 100 for a pattern) newest first. */
    Map<String, String> query(int limit) {
        Map<String, String> q = new LinkedHashMap<>();
        if (glob != null) {
            q.put("scope", "tags");
        } else {
            ref.ifPresent(r -> q.put("ref", r));
        }
        q.put("per_page", String.valueOf(glob != null ? 100 : limit));
        q.put("order_by", "id");
        q.put("sort", "desc");
        return q;
    }

    boolean matches(String candidate) {
        return glob == null ? ref.map(r -> r.equals(candidate)).orElse(true) : glob.matcher(candidate).matches();
    }

    /** The ref a new pipeline runs on by default: the branch, or "" when the environment follows a pattern. */
    String defaultRef() {
        return glob != null ? "" : ref.orElse("");
    }

    private static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
