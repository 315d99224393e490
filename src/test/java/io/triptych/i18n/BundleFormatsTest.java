package io.triptych.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value is a MessageFormat pattern (I18n formats all of them, with or without arguments). */
class BundleFormatsTest {
    private static final long[] SAMPLE_NUMBERS = {0, 1, 2, 5};
    private static final Pattern LEFTOVER_PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest(name = "every value of {0} formats with sample arguments")
    @ValueSource(strings = {Bundles.ENGLISH, Bundles.FRENCH, Bundles.CHINESE})
    void everyValueFormatsWithSampleArgumentsInItsLocale(String file) {
        Locale locale = Bundles.locale(file);
        List<String> broken = new ArrayList<>();
        Bundles.read(file).forEach((key, pattern) -> {
            try {
                MessageFormat format = new MessageFormat(pattern, locale);
                Format[] formats = format.getFormatsByArgumentIndex();
                for (long n : SAMPLE_NUMBERS) {
                    for (boolean textWhereFree : new boolean[] {true, false}) {
                        String out = format.format(arguments(formats, n, textWhereFree));
                        if (LEFTOVER_PLACEHOLDER.matcher(out).find()) {
                            broken.add(key + ": placeholder left in '" + out + "'");
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        });

        assertThat(broken).as("values of %s that do not format", file).isEmpty();
    }

    @ParameterizedTest(name = "no value of {0} has a lone apostrophe")
    @ValueSource(strings = {Bundles.ENGLISH, Bundles.FRENCH, Bundles.CHINESE})
    void apostrophesAreDoubledSoMessageFormatKeepsThem(String file) {
        assertThat(Bundles.read(file)).as("values of %s with a lone ' (MessageFormat would swallow it)", file)
                .allSatisfy((key, value) -> assertThat(LONE_APOSTROPHE.matcher(value).find()).as(key).isFalse());
    }

    @ParameterizedTest(name = "{0} uses the arguments English uses")
    @ValueSource(strings = {Bundles.FRENCH, Bundles.CHINESE})
    void translationsUseTheSameArgumentsAsEnglish(String file) {
        Map<String, String> base = Bundles.read(Bundles.ENGLISH);
        List<String> different = new ArrayList<>();
        Bundles.read(file).forEach((key, pattern) -> {
            if (base.containsKey(key) && !arguments(pattern).equals(arguments(base.get(key)))) {
                different.add(key + ": " + arguments(pattern) + " where English has " + arguments(base.get(key)));
            }
        });

        assertThat(different).isEmpty();
    }

    @ParameterizedTest(name = "pipeline numbers are not grouped in {0}")
    @ValueSource(strings = {Bundles.ENGLISH, Bundles.FRENCH, Bundles.CHINESE})
    void pipelineNumbersAreWrittenWithoutGroupingSeparators(String file) {
        Map<String, String> bundle = Bundles.read(file);
        Locale locale = Bundles.locale(file);

        for (String key : List.of("action.retry.question", "action.cancel.question")) {
            String out = new MessageFormat(bundle.get(key), locale).format(new Object[] {"svom/sdb-api", 1234567L});
            assertThat(out).as(key).contains("#1234567");
        }
    }

    /** Numbers where the pattern asks for one; text or a number where it takes anything. */
    private static Object[] arguments(Format[] formats, long n, boolean textWhereFree) {
        Object[] args = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            boolean numeric = formats[i] instanceof NumberFormat;
            args[i] = numeric || !textWhereFree ? (Object) n : "sample-" + i;
        }
        return args;
    }

    /** The argument indices a pattern uses, quoted text left out. */
    private static Set<Integer> arguments(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> used = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used;
    }
}
