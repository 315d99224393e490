package io.triptych.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FontPackagesTest {
    @Test
    void eachSystemGetsItsOwnPackage() {
        assertThat(FontPackages.hint("Linux", "NAME=\"Ubuntu\"\nID=ubuntu\nID_LIKE=debian\n"))
                .startsWith("sudo apt install fonts-noto-cjk");
        assertThat(FontPackages.hint("Linux", "ID=fedora\n")).isEqualTo("sudo dnf install google-noto-sans-cjk-fonts");
        assertThat(FontPackages.hint("Linux", "")).contains("fonts-noto-cjk").contains("google-noto-sans-cjk-fonts");
        assertThat(FontPackages.hint("Windows 11", "")).contains("system ships one");
    }
}
