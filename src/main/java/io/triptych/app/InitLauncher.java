package io.triptych.app;

import io.triptych.cli.Invocation;
import io.triptych.config.SiteFileLocator;
import io.triptych.init.Discovery;
import io.triptych.init.InitCommand;
import io.triptych.init.InitOptions;
import io.triptych.init.InitText;
import io.triptych.init.Machine;
import io.triptych.init.Prompter;
import io.triptych.ui.i18n.Language;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Wires {@code triptych init}: the machine, the adapters' connection tests, the language, the default file
 * ({@link SiteFileLocator#defaultFile}) and, on a terminal, the prompts.
 */
final class InitLauncher {
    private InitLauncher() {
    }

    /** What the New site wizard needs: the machine's discovery and connection tests, the default file. */
    static io.triptych.init.InitKit kit(Machine machine, java.util.Locale locale, String tokenEnv) {
        InitProber prober = new InitProber(machine, new InitText(locale));
        return new io.triptych.init.InitKit(machine, new Discovery(machine, prober::stacks, tokenEnv), prober,
                new SiteFileLocator(machine.env(), machine.home()).defaultFile());
    }

    static int run(Invocation inv, Machine machine, boolean terminal, PrintStream out, PrintStream err) {
        InitOptions options = inv.init().orElseGet(InitOptions::defaults);
        Language language = inv.lang().flatMap(Language::ofCode)
                .orElseGet(() -> io.triptych.ui.settings.UiPreferences.user().language());
        InitText text = new InitText(language.locale());
        InitProber prober = new InitProber(machine, text);
        Path file = options.out().map(p -> machine.cwd().resolve(p)).orElseGet(() ->
                new SiteFileLocator(machine.env(), machine.home()).defaultFile());
        Optional<Prompter> prompter = terminal ? Optional.of(prompt -> {
            String line = System.console().readLine("%s", prompt);
            return Optional.ofNullable(line);
        }) : Optional.empty();
        return new InitCommand(machine, new Discovery(machine, prober::stacks, options.tokenEnv()), prober, text,
                prompter).run(options, file, out, err);
    }
}
