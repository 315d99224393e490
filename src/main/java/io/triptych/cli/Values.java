package io.triptych.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks option values and words the refusals; package-private helpers of {@link Arguments}. */
final class Values {
    static final List<String> LANGUAGES = List.of("en", "fr", "zh");
    static final List<String> THEMES = List.of("light", "dark");
    static final List<String> FOCUSES = List.of("servers", "volumes", "security-groups", "services", "pipelines");
    static final List<String> DENSITIES = List.of("normal", "compact");
    static final int ZOOM_MIN = 75;
    static final int ZOOM_MAX = 300;
    private static final Pattern DURATION = Pattern.compile("(\\d{1,7})\\s*(ms|s|m)");

    private Values() {
    }

    static String language(String value) throws ArgumentException {
        return oneOf(value, LANGUAGES, "language");
    }

    static String theme(String value) throws ArgumentException {
        return oneOf(value, THEMES, "theme");
    }

    static String focus(String value) throws ArgumentException {
        return oneOf(value, FOCUSES, "--focus");
    }

    static String density(String value) throws ArgumentException {
        return oneOf(value, DENSITIES, "--density");
    }

    private static String oneOf(String value, List<String> allowed, String what) throws ArgumentException {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new ArgumentException("triptych: unknown " + what + " '" + value + "' (use " + or(allowed) + ")");
        }
        return v;
    }

    static Path path(Option option, String value) throws ArgumentException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ArgumentException("triptych: " + option.flag() + " '" + value + "' is not a valid path");
        }
    }

    /** The file's extension picks the format, so it must be one the command writes. */
    static Path out(Command command, String value) throws ArgumentException {
        Path p = path(Option.OUT, value);
        String name = value.toLowerCase(Locale.ROOT);
        List<String> endings = switch (command) {
            case REPORT -> List.of(".html", ".png");
            case HANDOVER -> List.of(".html", ".md");
            default -> List.of(".png");
        };
        if (endings.stream().noneMatch(name::endsWith)) {
            throw new ArgumentException("triptych: " + command.invocation() + " --out must end in "
                    + or(endings) + ", not '" + value + "'");
        }
        return p;
    }

    /** An environment variable's name, as init's --token-env gives it. */
    static String variable(String value) throws ArgumentException {
        String v = value.strip();
        if (!v.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ArgumentException("triptych: --token-env needs a variable name such as GITLAB_TOKEN, not '"
                    + value + "'");
        }
        return v;
    }

    /** "FILE.png", "FILE.html or --out FILE.png": what {@code --out} takes, for the refusal that it is missing. */
    static String outForms(Command command) {
        return switch (command) {
            case REPORT -> "FILE.html or --out FILE.png";
            case HANDOVER -> "FILE.html or --out FILE.md";
            default -> "FILE.png";
        };
    }

    /** "12h", "90m", "2d": the handover's period. */
    static Duration since(String value) throws ArgumentException {
        try {
            return io.triptych.handover.Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ArgumentException("triptych: --since needs " + e.getMessage());
        }
    }

    static OptionalInt demoScale(String value) throws ArgumentException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 1000) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException e) {
            // refused below, with the same words as out of range
        }
        throw new ArgumentException("triptych: --demo-scale must be a whole number from 1 to 1000, not '"
                + value + "'");
    }

    /** --zoom PERCENT: a whole number from 75 to 300 (as ZoomSteps bounds the window's zoom). */
    static int zoom(String value, String language) throws ArgumentException {
        String v = value.strip();
        if (v.endsWith("%")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= ZOOM_MIN && n <= ZOOM_MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below, with the same words as out of range
        }
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("io.triptych.i18n.messages",
                Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en"),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        throw new ArgumentException(java.text.MessageFormat.format(texts.getString("zoomOption.invalid"), value));
    }

    static OptionalLong demoSeed(String value) throws ArgumentException {
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new ArgumentException("triptych: --demo-seed must be a whole number, not '" + value + "'");
        }
    }

    /** "10s", "1m", "500ms": at least 100 ms, at most an hour. */
    /** --lines N: 1 to 10000. */
    static int lines(String value) throws ArgumentException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= ServerRequest.MAX_LINES) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ArgumentException("triptych: --lines needs a whole number from 1 to " + ServerRequest.MAX_LINES
                + ", not '" + value + "'");
    }

    static Duration timeout(String value) throws ArgumentException {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        Duration d = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = m.group(2).equals("ms") ? Duration.ofMillis(n) : m.group(2).equals("s") ? Duration.ofSeconds(n)
                    : Duration.ofMinutes(n);
        }
        if (d == null || d.compareTo(Duration.ofMillis(100)) < 0 || d.compareTo(Duration.ofHours(1)) > 0) {
            throw new ArgumentException("triptych: --timeout needs a duration from 100ms to 60m, such as 10s,"
                    + " 90s or 2m (got '" + value + "')");
        }
        return d;
    }

    static String commandWords() {
        return or(Command.withWords().stream().map(c -> c.word().orElseThrow()).collect(Collectors.toList()));
    }

    static String commandsTaking(Option option) {
        return or(List.of(Command.values()).stream().filter(c -> c.options().contains(option))
                .map(Command::invocation).collect(Collectors.toList()));
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
