package io.triptych.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The handover's counts agree with their number: one problem, two problems (French: zero problème too). */
class HandoverPluralsTest {
    private static String format(String file, Locale locale, String key, Object... args) {
        return new MessageFormat(Bundles.read(file).get(key), locale).format(args);
    }

    @Test
    void englishCountsAgreeWithTheirNumber() {
        assertThat(format(Bundles.ENGLISH, Locale.ENGLISH, "handover.problemCount", 1, 0))
                .isEqualTo("1 open problem, 0 acknowledged");
        assertThat(format(Bundles.ENGLISH, Locale.ENGLISH, "handover.problemCount", 2, 1))
                .isEqualTo("2 open problems, 1 acknowledged");
        assertThat(format(Bundles.ENGLISH, Locale.ENGLISH, "handover.unreachable", 1))
                .isEqualTo("1 source unreachable");
    }

    @Test
    void frenchCountsAgreeWithTheirNumber() {
        assertThat(format(Bundles.FRENCH, Locale.FRENCH, "handover.problemCount", 0, 1))
                .isEqualTo("0 problème ouvert, 1 pris en compte");
        assertThat(format(Bundles.FRENCH, Locale.FRENCH, "handover.problemCount", 3, 2))
                .isEqualTo("3 problèmes ouverts, 2 pris en compte");
        assertThat(format(Bundles.FRENCH, Locale.FRENCH, "handover.unreachable", 1))
                .isEqualTo("1 source injoignable");
    }
}
