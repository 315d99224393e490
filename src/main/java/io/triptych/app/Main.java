package io.triptych.app;

import io.triptych.cli.ArgumentException;
import io.triptych.cli.Arguments;
import io.triptych.cli.CheckConfigCommand;
import io.triptych.cli.Errors;
import io.triptych.cli.ExitCodes;
import io.triptych.cli.Invocation;
import io.triptych.cli.SiteOrigin;
import io.triptych.cli.StatusCommand;
import io.triptych.cli.Usage;
import io.triptych.config.ConfigException;
import io.triptych.config.SiteFileLocator;
import io.triptych.config.SiteAssembler;
import io.triptych.config.SiteFileReader;
import io.triptych.config.SiteLoader;
import io.triptych.config.clouds.CloudResolver;
import io.triptych.demo.DemoSite;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.theme.ThemeName;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * The one launcher: `triptych` opens the window, `triptych status|snapshot|report|check-config|run|handover|init` run
 * headless.
 * Not an Application subclass, so `java -jar` works with JavaFX on the classpath.
 */
public final class Main {
    /**
     * JavaFX warns at every start that it was loaded from the class path rather than as modules: a
     * deliberate choice here (ADR 0004), so the warning is noise on every `status` run. Kept in a field:
     * java.util.logging holds loggers weakly.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Where headless commands' library log records go (under the data folder), rather than stderr. */
    static final String CLI_LOG = "cli.log";

    private Main() {
    }

    /** Every command but the window, and a refused command line (which prints its one line and exits). */
    private static boolean headless(String[] args) {
        try {
            return Arguments.parse(args).command() != io.triptych.cli.Command.WINDOW;
        } catch (ArgumentException e) {
            return true;
        }
    }

    public static void main(String[] args) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        if (headless(args)) {
            HeadlessLogging.install(io.triptych.history.DataDir.forSystem().resolve(CLI_LOG));
        }
        // The window: start the toolkit now, while the site is read and the live layer begins (ADR 0022).
        FxStart fx = headless(args) ? FxStart.onDemand() : FxStart.early();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, fx));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, FxStart.onDemand());
    }

    static int run(String[] args, PrintStream out, PrintStream err, FxStart fx) {
        Invocation inv;
        try {
            inv = Arguments.parse(args);
        } catch (ArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREACHABLE_OR_REFUSED;
        }
        switch (inv.command()) {
            case HELP:
                out.print(Usage.text());
                return ExitCodes.OK;
            case VERSION:
                out.println("triptych " + version());
                return ExitCodes.OK;
            default:
                break;
        }
        if (inv.command() == io.triptych.cli.Command.INIT) {
            // Before the site file is read: init writes it, and an old broken one must not stop that.
            return InitLauncher.run(inv, io.triptych.init.Machine.forSystem(), System.console() != null, out, err);
        }
        if (inv.command() == io.triptych.cli.Command.REPORT
                && inv.out().orElseThrow().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            OffscreenSnapshot.useHeadlessPlatform();
        }
        if (inv.command() == io.triptych.cli.Command.SNAPSHOT) {
            OffscreenSnapshot.useHeadlessPlatform();
            String why = OffscreenSnapshot.unwritable(inv.out().orElseThrow());
            if (why != null) {
                err.println("triptych: " + why);
                return ExitCodes.UNREACHABLE_OR_REFUSED;
            }
        }
        SiteLoader.Loaded loaded;
        SiteLoader loader = new SiteLoader(SiteFileLocator.forSystem(), SiteFileReader.forUser(CloudResolver.forSystem()),
                new SiteAssembler(new Adapters(CloudResolver.forSystem()),
                        io.triptych.config.InsecureLinks.forSystem(CloudResolver.forSystem().verifies())),
                () -> DemoSite.create(inv.demoSeed().orElse(System.currentTimeMillis()), Clock.systemUTC(),
                        inv.demoScale().orElse(1)));
        try {
            loaded = loader.load(inv.config());
        } catch (ConfigException e) {
            int code = Errors.print(e.problems(), err);
            if (inv.command() == io.triptych.cli.Command.WINDOW) {
                ConfigErrorDialog.show(e.problems(), fx);
            }
            return code;
        }
        try {
            return dispatch(inv, loader, loaded, out, err, fx);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.UNREACHABLE_OR_REFUSED;
        } catch (Exception e) {
            err.println("triptych: " + e.getMessage());
            return ExitCodes.UNREACHABLE_OR_REFUSED;
        }
    }

    private static int dispatch(Invocation inv, SiteLoader loader, SiteLoader.Loaded loaded, PrintStream out,
                                PrintStream err, FxStart fx)
            throws Exception {
        switch (inv.command()) {
            case SNAPSHOT:
            case REPORT:
            case HANDOVER:
            case WINDOW:
                // The one place that reads the user's preferences node: everything below is handed this object.
                // Only for the commands that draw or write in a language: java.util.prefs starts a timer thread
                // and a sync at exit, which `status` and the other headless commands have no use for.
                return withPreferences(inv, loader, loaded, io.triptych.ui.settings.UiPreferences.user(), out, err, fx);
            default:
                break;
        }
        switch (inv.command()) {
            case STATUS:
                return new StatusCommand(StatusCommand.DEFAULT_TIMEOUT,
                        RememberedState.readOnly(loaded.site().dataKey())).run(loaded.site(), inv, out, err);
            case CHECK_CONFIG:
                SiteOrigin origin = loaded.file().map(SiteOrigin::file).orElseGet(
                        () -> SiteOrigin.builtInDemo(List.of(SiteFileLocator.forSystem().defaultFile())));
                return new CheckConfigCommand().run(origin, loaded.site(),
                        loaded.config().flatMap(io.triptych.config.SiteConfig::team)
                                .map(io.triptych.config.TeamConfig::tokenEnv), v -> System.getenv(v) != null, out);
            case ACK:
            case UNACK:
                return new io.triptych.cli.AckCommand().run(loaded.site(), inv, out, err);
            case RUN:
                return new io.triptych.cli.RunCommand(new io.triptych.iac.RunLauncher(io.triptych.iac.RunServices.at(
                        io.triptych.iac.IacPaths.forSystem().forSite(loaded.site().dataKey()), Clock.systemUTC(),
                        io.triptych.iac.CancelPolicy.DEFAULT), SiteRuntime.runWorkers(), System.getenv(), inv.readOnly()),
                        IacSetup.targets(loaded, CloudResolver.forSystem())).run(loaded.site(), inv, out, err);
            case SERVER:
                return new io.triptych.cli.ServerCommand(new io.triptych.iac.ActionAudit(io.triptych.iac.IacPaths
                        .forSystem().forSite(loaded.site().dataKey()))::record, Clock.systemUTC())
                        .run(loaded.site(), inv, out, err);
            default:
                err.println("triptych: '" + inv.command().invocation() + "' is not in this build yet");
                return ExitCodes.UNREACHABLE_OR_REFUSED;
        }
    }

    private static int withPreferences(Invocation inv, SiteLoader loader, SiteLoader.Loaded loaded,
                                       io.triptych.ui.settings.UiPreferences prefs, PrintStream out, PrintStream err,
                                       FxStart fx)
            throws Exception {
        switch (inv.command()) {
            case SNAPSHOT:
                if (refusedFont(language(inv, prefs), err)) {
                    return ExitCodes.UNREACHABLE_OR_REFUSED;
                }
                OffscreenSnapshot.render(loaded.site(), language(inv, prefs), theme(inv, prefs), prefs,
                        inv.size().width(),
                        inv.size().height(), inv.view(), inv.zoom().orElse(100), inv.out().orElseThrow());
                out.println("triptych: snapshot written to " + inv.out().get().toAbsolutePath());
                return ExitCodes.OK;
            case REPORT:
                if (inv.out().orElseThrow().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                        && refusedFont(language(inv, prefs), err)) {
                    return ExitCodes.UNREACHABLE_OR_REFUSED;
                }
                return new io.triptych.cli.ReportCommand(io.triptych.history.DataDir.forSystem().resolve(
                        loaded.site().dataKey()), RememberedState.readOnly(loaded.site().dataKey()),
                        (data, text, masked, target) -> OffscreenReport.write(data, text, masked, target,
                                inv.zoom().orElse(100)),
                        prefs.mask()).run(loaded.site(), inv, language(inv, prefs).locale(), out, err);
            case HANDOVER:
                return new io.triptych.cli.HandoverCommand(io.triptych.history.DataDir.forSystem().resolve(
                        loaded.site().dataKey()), RememberedState.readOnly(loaded.site().dataKey()),
                        new io.triptych.iac.RunStore(
                                io.triptych.iac.IacPaths.forSystem().forSite(loaded.site().dataKey())),
                        prefs.mask(), System.getenv()).run(loaded.site(), inv, language(inv, prefs).locale(), out, err);
            case WINDOW:
                GuiLauncher.run(loaded.site(), new GuiOptions(inv.config(), inv.readOnly(),
                        inv.lang().flatMap(Language::ofCode), inv.theme().flatMap(ThemeName::ofCode),
                        inv.demoScale().orElse(1), inv.demoSeed().orElse(0L), inv.zoom()),
                        loaded.file().map(file -> reloader(loader, inv, file)),
                        IacSetup.targets(loaded, CloudResolver.forSystem()), loaded.demo(), prefs, fx);
                return ExitCodes.OK;
            default:
                throw new IllegalArgumentException(inv.command().name());
        }
    }

    /** A picture in Chinese on a machine with no CJK font: one line naming the package, and no file. */
    private static boolean refusedFont(Language language, PrintStream err) throws Exception {
        String why = CjkCheck.refusal(language);
        if (why != null) {
            err.println("triptych: " + why);
        }
        return why != null;
    }

    private static SiteReloader reloader(SiteLoader loader, Invocation inv, java.nio.file.Path file) {
        return new SiteReloader() {
            @Override public java.nio.file.Path file() { return file; }
            @Override public io.triptych.source.Site load() throws ConfigException {
                return loader.load(inv.config()).site();
            }
        };
    }

    private static Language language(Invocation inv, io.triptych.ui.settings.UiPreferences prefs) {
        return inv.lang().flatMap(Language::ofCode).orElse(prefs.language());
    }

    private static ThemeName theme(Invocation inv, io.triptych.ui.settings.UiPreferences prefs) {
        return inv.theme().flatMap(ThemeName::ofCode).orElse(prefs.theme());
    }

    private static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
