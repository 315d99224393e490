package io.triptych.ui.present;

import io.triptych.domain.SectionKind;
import io.triptych.live.LiveCommands;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.ViewFocus;
import io.triptych.ui.text.TextMask;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * Presentation mode: full screen, the window's controls put away, the privacy mask on, every action refused,
 * the clock strip, and an optional cycle through the views. {@link #enter} notes everything it is about to
 * change; {@link #leave} puts each back, so the window is as it was (full screen or not, mask, read-only hold,
 * language, view, sections, dividers, detail pane, menus). While presenting, the stage sees every key and
 * click first: Esc (or F11) leaves, F2 changes the language, any other key pauses or resumes the cycle, and no
 * click reaches a control (the wheel still scrolls). FX thread only.
 */
public final class Presentation {
    private final Scene scene;
    private final DashboardViewModel dashboard;
    private final PresentedWindow window;
    private final TextMask mask;
    private final I18n i18n;
    private final LiveCommands commands;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PresentCycle> cycle = new ReadOnlyObjectWrapper<>();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final EventHandler<Event> clicks = Event::consume;
    private final ChangeListener<Boolean> fullScreenLeft = (o, was, now) -> {
        if (!now) {
            leave(); // the desktop took full screen away (a window manager's key): present no more
        }
    };
    private Saved saved;
    private PresentOptions options;
    private javafx.beans.InvalidationListener resizeWatch;
    private Ticker ticker;
    private ClockStrip strip; // made on the first presentation, kept for the next

    /** What {@link #enter} changes, as it was. */
    private record Saved(boolean fullScreen, String exitHint, KeyCombination exitKey, boolean mask, boolean held,
                         Language language, ViewFocus focus, Map<SectionKind, Boolean> expanded, double[] dividers,
                         boolean problemsCollapsed, double width, double height) {
    }

    public Presentation(Scene scene, DashboardViewModel dashboard, PresentedWindow window, TextMask mask, I18n i18n,
                        LiveCommands commands, Clock clock, Ticker ticker) {
        this.scene = scene;
        this.dashboard = dashboard;
        this.window = window;
        this.mask = mask;
        this.i18n = i18n;
        this.commands = commands;
        this.clock = clock;
        this.ticker = ticker;
    }

    /** What moves the cycle: a quarter-second timeline unless a test drives it by hand. Not while presenting. */
    public void tickWith(Ticker t) {
        if (active.get()) {
            throw new IllegalStateException("the ticker is chosen before presenting");
        }
        ticker = t;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean active() {
        return active.get();
    }

    /** How the current presentation was asked for; empty when not presenting. */
    public Optional<PresentOptions> options() {
        return active.get() ? Optional.of(options) : Optional.empty();
    }

    /** The running cycle; null when presenting without one, or not presenting. */
    public ReadOnlyObjectProperty<PresentCycle> cycleProperty() {
        return cycle.getReadOnlyProperty();
    }

    public Optional<PresentCycle> cycle() {
        return Optional.ofNullable(cycle.get());
    }

    public void enter(PresentOptions options) {
        if (active.get()) {
            return;
        }
        Optional<Stage> stage = stage();
        Map<SectionKind, Boolean> expanded = new EnumMap<>(SectionKind.class);
        for (SectionKind k : SectionKind.values()) {
            expanded.put(k, dashboard.expandedProperty(k).get());
        }
        saved = new Saved(stage.map(Stage::isFullScreen).orElse(false),
                stage.map(Stage::getFullScreenExitHint).orElse(null),
                stage.map(Stage::getFullScreenExitKeyCombination).orElse(null), mask.enabledProperty().get(),
                commands.held(), i18n.language(), dashboard.focusProperty().get(), expanded, window.dividers(),
                window.problemsCollapsedProperty().get(), scene.getWidth(), scene.getHeight());
        dropResizeWatch();
        this.options = options;
        active.set(true);
        commands.hold(true);
        if (options.mask()) {
            mask.enabledProperty().set(true);
        }
        if (strip == null) {
            strip = new ClockStrip(dashboard, i18n, this);
        }
        window.presenting(strip.node());
        stage.ifPresent(s -> {
            s.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it restores everything
            s.setFullScreenExitHint(i18n.get("present.hint"));
            s.setFullScreen(true);
            s.fullScreenProperty().addListener(fullScreenLeft);
        });
        scene.getWindow().addEventFilter(KeyEvent.ANY, keys);
        for (var type : java.util.List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED, MouseEvent.DRAG_DETECTED, javafx.scene.input.ContextMenuEvent.ANY)) {
            scene.getWindow().addEventFilter(type, clicks);
        }
        options.cycle().ifPresent(period -> {
            PresentCycle c = new PresentCycle(period, clock.instant());
            c.stepProperty().addListener((o, was, now) -> show(now));
            cycle.set(c);
            show(c.step());
            ticker.start(this::tick);
        });
    }

    /** Puts back everything {@link #enter} changed, in the reverse order. */
    public void leave() {
        if (!active.get()) {
            return;
        }
        ticker.stop();
        cycle.set(null);
        scene.getWindow().removeEventFilter(KeyEvent.ANY, keys);
        for (var type : java.util.List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED, MouseEvent.DRAG_DETECTED, javafx.scene.input.ContextMenuEvent.ANY)) {
            scene.getWindow().removeEventFilter(type, clicks);
        }
        stage().ifPresent(s -> {
            s.fullScreenProperty().removeListener(fullScreenLeft);
            s.setFullScreen(saved.fullScreen());
            s.setFullScreenExitHint(saved.exitHint());
            s.setFullScreenExitKeyCombination(saved.exitKey());
        });
        window.problemsOnly(false);
        dashboard.focusProperty().set(saved.focus());
        saved.expanded().forEach((k, open) -> dashboard.expandedProperty(k).set(open));
        window.presenting(null);
        window.problemsCollapsedProperty().set(saved.problemsCollapsed());
        window.dividers(saved.dividers()[0], saved.dividers()[1]);
        dividersOnceSizedBack(saved);
        i18n.languageProperty().set(saved.language());
        mask.enabledProperty().set(saved.mask());
        commands.hold(saved.held());
        active.set(false); // last: whoever remembers the user's choices listens again from here
    }

    /**
     * A split pane lays a pane that comes back out at its preferred width, whatever divider was asked in the same
     * pulse; and leaving full screen gives the window its size back a moment later. The dividers are put back
     * after the next layout, and again once the window has its old size.
     */
    private void dividersOnceSizedBack(Saved was) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            window.dividers(was.dividers()[0], was.dividers()[1]);
        };
        scene.addPostLayoutPulseListener(once[0]);
        if (scene.getWidth() == was.width() && scene.getHeight() == was.height()) {
            return;
        }
        resizeWatch = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (scene.getWidth() == was.width() && scene.getHeight() == was.height()) {
                    dropResizeWatch();
                    window.dividers(was.dividers()[0], was.dividers()[1]);
                }
            }
        };
        scene.widthProperty().addListener(resizeWatch);
        scene.heightProperty().addListener(resizeWatch);
    }

    private void dropResizeWatch() {
        if (resizeWatch != null) {
            scene.widthProperty().removeListener(resizeWatch);
            scene.heightProperty().removeListener(resizeWatch);
            resizeWatch = null;
        }
    }

    /** F2: English → français → 简体中文 → English, for this presentation only. */
    public void nextLanguage() {
        Language[] all = Language.values();
        i18n.languageProperty().set(all[(i18n.language().ordinal() + 1) % all.length]);
    }

    /** Moves the cycle to the ticker's instant. */
    void tick() {
        PresentCycle c = cycle.get();
        if (c != null) {
            c.tick(clock.instant());
        }
    }

    /** Any key but Esc, F11 and F2: pauses a running cycle, resumes a paused one. */
    public void togglePause() {
        PresentCycle c = cycle.get();
        if (c == null) {
            return;
        }
        if (c.paused()) {
            c.resume(clock.instant());
        } else {
            c.pause(clock.instant());
        }
    }

    private void show(PresentStep step) {
        step.focus().ifPresent(f -> dashboard.focusProperty().set(f));
        window.problemsOnly(step.focus().isEmpty());
    }

    private void onKey(KeyEvent e) {
        e.consume(); // no key reaches a control, a menu accelerator or the window's own shortcuts
        if (e.getEventType() != KeyEvent.KEY_PRESSED || e.getCode().isModifierKey()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11) {
            leave();
        } else if (e.getCode() == KeyCode.F2) {
            nextLanguage();
        } else {
            togglePause();
        }
    }

    private Optional<Stage> stage() {
        return scene.getWindow() instanceof Stage s ? Optional.of(s) : Optional.empty();
    }
}
