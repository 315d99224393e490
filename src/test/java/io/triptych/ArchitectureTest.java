package io.triptych;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The package list is the architecture: these rules keep the layers pointing down. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.triptych");
    }

    @Test
    void domainImportsNeitherJavafxNorAnyOtherLayer() {
        noClasses().that().resideInAPackage("io.triptych.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.triptych.source..",
                        "io.triptych.live..", "io.triptych.ui..", "io.triptych.demo..", "io.triptych.config..",
                        "io.triptych.cli..", "io.triptych.app..", "io.triptych.openstack..", "com.fasterxml..",
                        "org.yaml..")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheLauncherTouchJavafx() {
        noClasses().that().resideOutsideOfPackages("io.triptych.ui..", "io.triptych.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void sourcesLiveAndTriageKnowNothingOfTheUi() {
        noClasses().that().resideInAnyPackage("io.triptych.source..", "io.triptych.live..", "io.triptych.triage..",
                        "io.triptych.demo..", "io.triptych.config..", "io.triptych.cli..", "io.triptych.iac..")
                .should().dependOnClassesThat().resideInAnyPackage("io.triptych.ui..", "io.triptych.app..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotBuildNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"openstack", "swarm", "kubernetes", "gitlab"})
    void adaptersAreReachedOnlyThroughThePortsAndTheLauncher(String adapter) {
        noClasses().that().resideOutsideOfPackages("io.triptych." + adapter + "..", "io.triptych.app..")
                .should().dependOnClassesThat().resideInAPackage("io.triptych." + adapter + "..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void eachSdkIsImportedOnlyByItsAdapter() {
        sdkOnlyIn("io.triptych.openstack..", "org.openstack4j..", "okhttp3..");
        sdkOnlyIn("io.triptych.swarm..", "com.github.dockerjava..");
        sdkOnlyIn("io.triptych.kubernetes..", "io.fabric8..");
        sdkOnlyIn("io.triptych.gitlab..", "org.gitlab4j..");
    }

    private static void sdkOnlyIn(String adapter, String... sdk) {
        noClasses().that().resideOutsideOfPackages(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(sdk)
                .check(classes);
    }

    @Test
    void onlyTheLauncherWiresTheDemoSite() {
        noClasses().that().resideOutsideOfPackages("io.triptych.demo..", "io.triptych.app..")
                .should().dependOnClassesThat().resideInAPackage("io.triptych.demo..")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("io.triptych.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void uiPackagesHaveNoCycles() {
        slices().matching("io.triptych.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Every package on its own, so a package and its sub-package (config, config.clouds) do not loop either. */
    @Test
    void noPackageCycleAtAnyDepth() {
        slices().matching("io.triptych.(**)").should().beFreeOfCycles().check(classes);
    }
}
