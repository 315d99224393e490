package io.triptych.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A value identical to English usually means a translator missed it; the exceptions are listed here. */
class TranslationsTest {
    private static final Map<String, String> ENGLISH = Bundles.read(Bundles.ENGLISH);

    /** Product names, Kubernetes kinds, units and IDs are written the same in every language. */
    private static final Set<String> SAME_EVERYWHERE = Set.of(
            "window.title", "kind.deployment", "kind.statefulset", "kind.daemonset", "col.id", "detail.id",
            "clock.utc");

    /** Words French shares with English, or keeps as they are in its ops jargon. */
    private static final Set<String> SAME_IN_FRENCH = Set.of(
            "section.volumes", "section.services", "section.pipelines",
            "kindOf.volumes", "kindOf.services", "kindOf.pipelines",
            "health.ok", "button.ok",
            "age.seconds", "age.minutes", "age.hours",
            "col.description", "col.tag", "col.ref", "col.ports", "col.message", "col.job",
            "detail.image", "detail.type", "detail.description", "detail.namespace", "detail.pods", "detail.ref",
            "detail.commit", "col.commit", "col.pipeline",
            "clock.paris",
            "triage.col.incident", "action.incidentPage", "triage.incident.link", "triage.ackByNoNote",
            "status.zoom");

    /** Kubernetes words Chinese writes in Latin letters. */
    private static final Set<String> LATIN_IN_CHINESE = Set.of("detail.pods");

    @Test
    void frenchTranslatesEveryValueThatShouldBeTranslated() {
        assertThat(untranslated(Bundles.FRENCH, SAME_IN_FRENCH)).isEmpty();
    }

    @Test
    void chineseTranslatesEveryValueThatShouldBeTranslated() {
        assertThat(untranslated(Bundles.CHINESE, Set.of())).isEmpty();
    }

    @Test
    void chineseHasNoLatinOnlyValueOutsideTheAllowList() {
        Set<String> latin = new TreeSet<>();
        Bundles.read(Bundles.CHINESE).forEach((key, value) -> {
            boolean han = value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean letters = value.codePoints().anyMatch(Character::isLetter);
            if (letters && !han && !SAME_EVERYWHERE.contains(key) && !LATIN_IN_CHINESE.contains(key)) {
                latin.add(key + "=" + value);
            }
        });

        assertThat(latin).isEmpty();
    }

    private static Set<String> untranslated(String file, Set<String> allowed) {
        Set<String> same = new TreeSet<>();
        Bundles.read(file).forEach((key, value) -> {
            if (value.equals(ENGLISH.get(key)) && !SAME_EVERYWHERE.contains(key) && !allowed.contains(key)) {
                same.add(key + "=" + value);
            }
        });
        return same;
    }
}
