package io.triptych.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The small value languages of the site file: durations, colours, ids, URLs, variable names. */
final class ValueFormats {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DOCKER_HOST = Pattern.compile("(unix|tcp|ssh|npipe)://.+");

    private ValueFormats() {
    }

    /** "500ms", "15s", "2m", "1h"; zero is refused (a poll period of nothing). */
    static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        Duration d;
        switch (m.group(2)) {
            case "ms":
                d = Duration.ofMillis(n);
                break;
            case "s":
                d = Duration.ofSeconds(n);
                break;
            case "m":
                d = Duration.ofMinutes(n);
                break;
            default:
                d = Duration.ofHours(n);
        }
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }

    /** A GitLab page size: 1..100 (GitLab caps per_page at 100). */
    static Optional<Integer> pipelineLimit(String text) {
        if (!text.trim().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(text.trim());
        return n >= 1 && n <= GitLabConfig.MAX_LIMIT ? Optional.of(n) : Optional.empty();
    }

    static Optional<String> color(String text) {
        return COLOR.matcher(text).matches() ? Optional.of(text.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    static Optional<String> id(String text) {
        return ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    static Optional<String> variable(String text) {
        return VARIABLE.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    static Optional<String> dockerHost(String text) {
        return DOCKER_HOST.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
