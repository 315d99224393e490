package io.triptych;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.triptych.concurrent.DaemonThreads;
import io.triptych.ui.fx.UiTasks;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.Collectors;
import javafx.application.Platform;
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
                        "io.triptych.demo..", "io.triptych.config..", "io.triptych.cli..", "io.triptych.iac..",
                        "io.triptych.history..", "io.triptych.report..", "io.triptych.handover..", "io.triptych.mask..",
                        "io.triptych.logs..", "io.triptych.init..")
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

    /** Work leaves the FX thread and its outcome comes back one way: UiTasks (method references count too). */
    @Test
    void onlyUiTasksCallsPlatformRunLater() {
        noClasses().that().doNotHaveFullyQualifiedName(UiTasks.class.getName())
                .should().accessTargetWhere(target(name("runLater")).and(target(owner(type(Platform.class)))))
                .check(classes);
    }

    /**
     * Threads and pools are made where their lifetime is owned: the site's workers and scheduler in
     * SiteRuntime, through the one factory, and the few pools below, each closed by what it serves.
     */
    private static final String[] MAKE_THREADS = {
            "io.triptych.concurrent.DaemonThreads", // the factory: named daemon threads
            "io.triptych.app.SiteRuntime", // the window's workers and scheduler, and the pool of IaC runs
            "io.triptych.app.SiteFileWatcher", // one thread blocked on the file system's watch service
            "io.triptych.cli.StatusCommand", // the command line's own workers (cli does not reach app)
            "io.triptych.openstack.Lookups", // the adapter's name lookups (flavors, images), off the poll
            "io.triptych.gitlab.GitLabPipelineSource", // job-trace followers, one per open job log
            "io.triptych.kubernetes.KubernetesServiceSource", // pod-log readers and their flush timer
            "io.triptych.swarm.LogTimer", // one timer flushing the quiet tails of every open Swarm log
            "io.triptych.demo.DemoLogStreams", // the demo site's invented log lines
            "io.triptych.demo.DemoProcess", // the demo site's replayed Terraform/Ansible output
            "io.triptych.iac.RunSession", // a run's cancel escalation (SIGINT, then SIGTERM, then kill)
            "io.triptych.cli.RunCommand", // the shutdown hook that cancels a run on Ctrl+C (a hook is a Thread)
            "io.triptych.cli.PlanAllCommand", // the same for plan --all's runs
            "io.triptych.app.FxStart", // the window's toolkit starting while the site is read (ADR 0022)
            "io.triptych.app.ClassPreload", // the first frame's classes read on the second core (ADR 0022)
            "io.triptych.app.HeapCycle", // the window's concurrent GC cycle every 5 minutes (ADR 0023)
    };

    @Test
    void threadsAndPoolsAreMadeInTheListedPlacesOnly() {
        noClasses().that().haveNameNotMatching(anyOf(MAKE_THREADS))
                .should().dependOnClassesThat().belongToAnyOf(Executors.class, ThreadPoolExecutor.class,
                        ScheduledThreadPoolExecutor.class, ForkJoinPool.class, DaemonThreads.class)
                .orShould().callConstructorWhere(target(owner(assignableTo(Thread.class))))
                .check(classes);
    }

    /** The classes named, with their nested and anonymous classes. */
    private static String anyOf(String... names) {
        return Arrays.stream(names).map(n -> n.replace(".", "\\.") + "(\\$.*)?")
                .collect(Collectors.joining("|", "(", ")"));
    }

    @Test
    void theUiReachesBackendsOnlyThroughTheLiveLayer() {
        // A log window reads a stream the live layer's Capabilities open: its request and sink types are shared.
        noClasses().that().resideInAPackage("io.triptych.ui..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("io.triptych.source..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.properties.HasName.Predicates
                                        .nameMatching("io\\.triptych\\.source\\.Log(Follow|Request|Sink)"))))
                .because("views ask the live layer (Capabilities, LiveCommands, OnDemand): no view holds a source or"
                        + " makes a blocking call to one (ADR 0014)")
                .check(classes);
    }
}
