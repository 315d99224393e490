package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotViewArgumentsTest {
    @Test
    void snapshotTakesFocusOnlyProblemsAndDensity() throws Exception {
        Invocation inv = Arguments.parse("snapshot", "--out", "x.png", "--focus", "security-groups", "--only-problems",
                "--density=compact");
        assertThat(inv.view()).isEqualTo(new SnapshotView(Optional.of("security-groups"), true, Optional.of("compact")));
        assertThat(Arguments.parse("snapshot", "--out", "x.png").view()).isEqualTo(SnapshotView.DEFAULT);
    }

    @Test
    void aWrongWordOrAnotherCommandIsRefusedInOneLine() {
        assertThatThrownBy(() -> Arguments.parse("snapshot", "--out", "x.png", "--focus", "routers"))
                .hasMessage("triptych: unknown --focus 'routers' (use servers, volumes, security-groups, services or"
                        + " pipelines)");
        assertThatThrownBy(() -> Arguments.parse("snapshot", "--out", "x.png", "--density", "tiny"))
                .hasMessageContaining("use normal or compact");
        assertThatThrownBy(() -> Arguments.parse("status", "--only-problems"))
                .hasMessage("triptych: --only-problems does not apply to status (it is an option of triptych snapshot)");
    }
}
