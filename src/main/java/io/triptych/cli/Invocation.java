package io.triptych.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A parsed, checked command line. Absent options are empty: the caller picks the default (the saved
 * language, the site file search…). Only the options valid for {@code command} can be present.
 *
 * @param lang  "en", "fr" or "zh"
 * @param theme "light" or "dark"
 * @param size  the image size of a snapshot; {@link Size#DEFAULT} unless given
 * @param timeout the longest wait for all sources together (status, report); absent: the command's default
 * @param run   {@code triptych run}: the action and its options
 * @param ack   {@code triptych ack|unack}: the problem's subject and the note
 * @param since {@code triptych handover}: the period it covers
 * @param post  {@code triptych handover --post}
 * @param view  {@code triptych snapshot}: which view of the dashboard to render
 * @param init  {@code triptych init}: its options ({@code out} is the file to write)
 * @param server {@code triptych server}: the action, the server and its options
 * @param zoom  {@code --zoom}: the window's or the picture's zoom in percent, 75 to 300; empty: the remembered one
 *              (window) or 100 (pictures)
 */
public record Invocation(
        Command command,
        Optional<Path> config,
        boolean readOnly,
        Optional<String> lang,
        Optional<String> theme,
        boolean json,
        Optional<String> env,
        Optional<Path> out,
        Size size,
        OptionalInt demoScale,
        OptionalLong demoSeed,
        Optional<Duration> timeout,
        Optional<RunRequest> run,
        Optional<AckRequest> ack,
        Optional<Duration> since,
        boolean post,
        SnapshotView view, Optional<io.triptych.init.InitOptions> init,
        Optional<ServerRequest> server,
        OptionalInt zoom) {

    /** A command line without --zoom. */
    public Invocation(Command command, Optional<Path> config, boolean readOnly, Optional<String> lang,
                      Optional<String> theme, boolean json, Optional<String> env, Optional<Path> out, Size size,
                      OptionalInt demoScale, OptionalLong demoSeed, Optional<Duration> timeout,
                      Optional<RunRequest> run, Optional<AckRequest> ack, Optional<Duration> since, boolean post,
                      SnapshotView view, Optional<io.triptych.init.InitOptions> init, Optional<ServerRequest> server) {
        this(command, config, readOnly, lang, theme, json, env, out, size, demoScale, demoSeed, timeout, run, ack,
                since, post, view, init, server, OptionalInt.empty());
    }

    /** A command line without a server request (which only {@code triptych server} has). */
    public Invocation(Command command, Optional<Path> config, boolean readOnly, Optional<String> lang,
                      Optional<String> theme, boolean json, Optional<String> env, Optional<Path> out, Size size,
                      OptionalInt demoScale, OptionalLong demoSeed, Optional<Duration> timeout,
                      Optional<RunRequest> run, Optional<AckRequest> ack, Optional<Duration> since, boolean post,
                      SnapshotView view, Optional<io.triptych.init.InitOptions> init) {
        this(command, config, readOnly, lang, theme, json, env, out, size, demoScale, demoSeed, timeout, run, ack,
                since, post, view, init, Optional.empty());
    }

    /** A command line without ack, unack or handover. */
    public Invocation(Command command, Optional<Path> config, boolean readOnly, Optional<String> lang,
                      Optional<String> theme, boolean json, Optional<String> env, Optional<Path> out, Size size,
                      OptionalInt demoScale, OptionalLong demoSeed, Optional<Duration> timeout,
                      Optional<RunRequest> run) {
        this(command, config, readOnly, lang, theme, json, env, out, size, demoScale, demoSeed, timeout, run,
                Optional.empty(), Optional.empty(), false, SnapshotView.DEFAULT, Optional.empty());
    }

    /** The command with no option at all. */
    public static Invocation of(Command command) {
        return new Invocation(command, Optional.empty(), false, Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Size.DEFAULT, OptionalInt.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, SnapshotView.DEFAULT, Optional.empty());
    }

    /** The same command line with ack's subject and note. */
    Invocation withAck(AckRequest request) {
        return new Invocation(command, config, readOnly, lang, theme, json, env, out, size, demoScale, demoSeed,
                timeout, run, Optional.of(request), since, post, view, init, server, zoom);
    }

    /** The same command line with the server request of {@code triptych server}. */
    Invocation withServer(ServerRequest request) {
        return new Invocation(command, config, readOnly, lang, theme, json, env, out, size, demoScale, demoSeed,
                timeout, run, ack, since, post, view, init, Optional.of(request), zoom);
    }

    /** The same command line with {@code --zoom}. */
    Invocation withZoom(OptionalInt percent) {
        return new Invocation(command, config, readOnly, lang, theme, json, env, out, size, demoScale, demoSeed,
                timeout, run, ack, since, post, view, init, server, percent);
    }
}
