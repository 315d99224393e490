package io.triptych.ui.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.scene.control.ListCell;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One ANSI parser (io.triptych.logs) and one console view (io.triptych.ui.console): the copies are gone. */
class OneConsoleTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.triptych");

    @ParameterizedTest
    @ValueSource(strings = {"io.triptych.ui.runs.ConsoleLine", "io.triptych.ui.runs.ConsoleView",
        "io.triptych.ui.logs.LogView", "io.triptych.ui.logs.LogCell", "io.triptych.ui.logs.LogViewModel"})
    void theSecondConsoleIsGone(String name) {
        assertThatThrownBy(() -> Class.forName(name)).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void onlyTheConsoleDrawsLinesOfStyledText() {
        noClasses().that().resideInAnyPackage("io.triptych.ui.logs..", "io.triptych.ui.runs..")
                .should().beAssignableTo(ListCell.class)
                .orShould().dependOnClassesThat().areAssignableTo(TextFlow.class)
                .check(CLASSES);
    }

    @Test
    void onlyTheLogsPackageReadsEscapesItsPaletteAndSgr() {
        noClasses().that().resideOutsideOfPackage("io.triptych.logs..")
                .should().dependOnClassesThat().haveSimpleName("Sgr")
                .orShould().dependOnClassesThat().haveSimpleName("AnsiPalette")
                .check(CLASSES);
    }
}
