package io.triptych.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the window actually shows for a key: I18n over the bundles, no toolkit needed. */
class I18nTextTest {

    @Test
    void textWithoutArgumentsShowsSingleApostrophes() {
        I18n fr = new I18n(Language.FR);

        assertThat(fr.get("action.scale")).isEqualTo("Mettre à l'échelle…");
    }

    @ParameterizedTest(name = "{0}: no doubled apostrophe shows")
    @EnumSource(Language.class)
    void noTextShowsADoubledApostrophe(Language language) {
        I18n i18n = new I18n(language);
        Map<String, String> bundle = Bundles.read(file(language));

        assertThat(bundle.keySet()).allSatisfy(key ->
                assertThat(i18n.get(key)).as(key).doesNotContain("''"));
    }

    @Test
    void argumentsAreFormattedInTheLanguagesWords() {
        assertThat(new I18n(Language.EN).get("env.counts", 1, 0, 2, 5))
                .isEqualTo("1 server · no service · 2 pipelines · 5 problems");
        assertThat(new I18n(Language.FR).get("section.dataAge", "3 min")).isEqualTo("données d'il y a 3 min");
    }

    @Test
    void missingKeyShowsItselfRatherThanNothing() {
        assertThat(new I18n(Language.ZH).get("no.such.key")).isEqualTo("⟦no.such.key⟧");
    }

    @Test
    void switchingTheLanguageRelabelsAtOnce() {
        I18n i18n = new I18n(Language.EN);
        var label = i18n.text("menu.file");
        assertThat(label.get()).isEqualTo("File");

        i18n.languageProperty().set(Language.FR);

        assertThat(label.get()).isEqualTo("Fichier");
    }

    @Test
    void knownStatusWordsAreTranslatedAndUnknownOnesKeptAsTheyAre() {
        I18n fr = new I18n(Language.FR);

        assertThat(fr.status("ACTIVE")).isEqualTo("ACTIF");
        assertThat(fr.status("in-use")).isEqualTo("utilisé");
        assertThat(fr.status("VERIFY_RESIZE")).isEqualTo("VERIFY_RESIZE");
    }

    private static String file(Language language) {
        switch (language) {
            case FR:
                return Bundles.FRENCH;
            case ZH:
                return Bundles.CHINESE;
            default:
                return Bundles.ENGLISH;
        }
    }
}
