package io.triptych.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each site remembers its runs, drift checks and problems in its own folder: the demo never leaks into a real site. */
class SiteDataKeyTest {
    private static Site site(String name, boolean demo) {
        return new Site(name, demo, Duration.ofSeconds(15), List.of());
    }

    @Test
    void theDemoHasItsOwnFolderWhateverItsName() {
        assertThat(site("SVOM FSGS", true).dataKey()).isEqualTo("demo");
    }

    @Test
    void aRealSiteIsKeyedByItsNameInFolderSafeLetters() {
        assertThat(site("SVOM FSGS", false).dataKey()).isEqualTo("site-svom-fsgs");
        assertThat(site("../Étoile / prod", false).dataKey()).isEqualTo("site-toile-prod");
        assertThat(site("  ", false).dataKey()).isEqualTo("site-unnamed");
    }

    @Test
    void twoSitesWithTheSameEnvironmentsStillHaveDifferentFolders() {
        assertThat(site("Lab A", false).dataKey()).isNotEqualTo(site("Lab B", false).dataKey())
                .isNotEqualTo(site("Lab A", true).dataKey());
    }
}
