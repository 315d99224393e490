package io.triptych.ui.shell;

import io.triptych.live.LiveSite;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.RequestCounting;
import io.triptych.ui.i18n.I18n;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Label;

/**
 * "Production: 12 req/min" in the status bar: the console's own load on each environment's APIs, from
 * sources that count their requests ({@link RequestCounting}). Sampled on a worker every few seconds;
 * the rate is over the last minute. Environments with no counting source are not shown.
 */
final class RequestMeter extends Label {
    private record Sample(long nanos, long count) {
    }

    private final Map<String, Deque<Sample>> samples = new LinkedHashMap<>();
    private final LiveSite live;
    private final I18n i18n;
    private final Executor workers;

    RequestMeter(LiveSite live, I18n i18n, Executor workers) {
        this.live = live;
        this.i18n = i18n;
        this.workers = workers;
        setId("request-meter");
        getStyleClass().add("request-meter");
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Called every few seconds on the FX thread: the sampling itself runs on a worker. */
    void tick() {
        workers.execute(() -> {
            String text = sample(System.nanoTime());
            Platform.runLater(() -> {
                setText(text);
                setVisible(!text.isEmpty());
            });
        });
    }

    private synchronized String sample(long now) {
        List<String> parts = new ArrayList<>();
        for (EnvironmentSources e : live.site().environments()) {
            long total = 0;
            boolean counted = false;
            for (Object s : List.of(e.cloud(), e.services(), e.pipelines())) {
                Object src = ((java.util.Optional<?>) s).orElse(null);
                if (src instanceof RequestCounting) {
                    total += ((RequestCounting) src).requestCount();
                    counted = true;
                }
            }
            if (!counted) {
                continue;
            }
            Deque<Sample> d = samples.computeIfAbsent(e.environment().id(), k -> new ArrayDeque<>());
            d.addLast(new Sample(now, total));
            while (d.size() > 2 && now - d.peekFirst().nanos() > 60_000_000_000L) {
                d.removeFirst();
            }
            Sample first = d.peekFirst();
            double minutes = (now - first.nanos()) / 60e9;
            long perMinute = minutes <= 0 ? 0 : Math.round((total - first.count()) / minutes);
            parts.add(i18n.get("status.requests", e.environment().name(), perMinute));
        }
        return String.join("  ·  ", parts);
    }
}
