package io.triptych.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Health;
import io.triptych.domain.SectionKind;
import io.triptych.domain.ServiceKind;
import io.triptych.ui.theme.ThemeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key the code asks for exists, and every language has exactly the keys of the base bundle. */
class BundleKeysTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Map<String, String> BASE = Bundles.read(Bundles.ENGLISH);

    /** A string literal that looks like a key: a known first part, a dot, more parts. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** The first argument of an I18n call: a key whatever its first part. */
    private static final Pattern KEY_ARGUMENT = Pattern.compile("(?:i18n\\.(?:get|text|has)\\(|\\(i18n,\\s*)\"([^\"]+)\"(?!\\s*\\+)");
    /** A key built at run time: {@code "section." + kind.jsonName()}. */
    private static final Pattern KEY_PREFIX = Pattern.compile("\"([a-z][A-Za-z]*\\.)\"\\s*\\+");
    /** The action words ActionCommands reports, looked up as "action." + word. */
    private static final Pattern ACTION_WORD = Pattern.compile("run\\(env, \"([a-zA-Z]+)\"");

    /**
     * Prefixes of keys built by concatenation, each with every value it is built with. {@code status.} is
     * absent on purpose: backend status words are translated only where a key exists (I18n.status).
     */
    private static Map<String, List<String>> expansions() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("section.", Arrays.stream(SectionKind.values()).map(SectionKind::jsonName).toList());
        m.put("kindOf.", Arrays.stream(SectionKind.values()).map(SectionKind::jsonName).toList());
        m.put("kind.", Arrays.stream(ServiceKind.values()).map(ServiceKind::jsonName).toList());
        m.put("health.", Arrays.stream(Health.values()).map(Health::jsonName).toList());
        m.put("theme.", Arrays.stream(ThemeName.values()).map(ThemeName::code).toList());
        m.put("insecure.", Arrays.stream(io.triptych.domain.InsecureLink.values())
                .map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).toList());
        m.put("action.", actionWords());
        m.put("severity.", Arrays.stream(io.triptych.domain.Severity.values())
                .map(io.triptych.domain.Severity::jsonName).toList());
        m.put("summary.", java.util.stream.Stream.of(SectionKind.SERVICES, SectionKind.SECURITY_GROUPS)
                .flatMap(k -> Arrays.stream(io.triptych.domain.Tone.values())
                        .map(t -> k.jsonName() + "." + t.name().toLowerCase(java.util.Locale.ROOT))).toList());
        return m;
    }

    private static final Set<String> OPTIONAL_PREFIXES = Set.of("status.");

    @ParameterizedTest(name = "{0} has exactly the keys of the base bundle")
    @ValueSource(strings = {Bundles.FRENCH, Bundles.CHINESE})
    void everyLanguageHasExactlyTheBaseKeys(String file) {
        Set<String> keys = Bundles.read(file).keySet();

        assertThat(new TreeSet<>(keys)).as("keys of %s", file).containsExactlyElementsOf(new TreeSet<>(BASE.keySet()));
    }

    @Test
    void everyKeyWrittenInTheCodeExistsInTheBaseBundle() {
        Set<String> firstParts = BASE.keySet().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = KEY_LITERAL.matcher(source);
            while (m.find()) {
                String key = m.group(1);
                if (firstParts.contains(key.substring(0, key.indexOf('.')))) {
                    used.add(key);
                }
            }
            Matcher call = KEY_ARGUMENT.matcher(source);
            while (call.find()) {
                used.add(call.group(1));
            }
        }

        assertThat(used).as("keys found in src/main/java").hasSizeGreaterThan(100);
        assertThat(used).filteredOn(k -> !BASE.containsKey(k)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyBuiltByConcatenationExistsForEveryValue() {
        Set<String> missing = new TreeSet<>();
        expansions().forEach((prefix, values) -> values.stream().map(v -> prefix + v)
                .filter(k -> !BASE.containsKey(k)).forEach(missing::add));

        assertThat(actionWords()).containsExactlyInAnyOrder("restart", "scale", "retry", "cancel", "retryJob", "play",
                "runPipeline");
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyConcatenatedKeyPrefixInTheCodeIsExpandedByThisTest() {
        Set<String> prefixes = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = KEY_PREFIX.matcher(source);
            while (m.find()) {
                prefixes.add(m.group(1));
            }
        }

        assertThat(prefixes).isNotEmpty()
                .allSatisfy(p -> assertThat(expansions().containsKey(p) || OPTIONAL_PREFIXES.contains(p))
                        .as("\"%s\" + … is built in the code: add its values to expansions()", p).isTrue());
    }

    private static List<String> actionWords() {
        String commands = read(MAIN.resolve("io/triptych/live/LiveCommands.java"));
        Matcher m = ACTION_WORD.matcher(commands);
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    /** The main sources that can show text: everything under ui/ and app/. */
    private static List<String> sources() {
        try (Stream<Path> files = Stream.concat(Files.walk(MAIN.resolve("io/triptych/ui")),
                Files.walk(MAIN.resolve("io/triptych/app")))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(BundleKeysTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
