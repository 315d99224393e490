package io.triptych.iac;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A listener that keeps every event of a run and lets a test wait for its end. */
final class RunProbe implements RunListener {
    final List<RunEvent> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch firstChange = new CountDownLatch(1);

    @Override
    public void onEvent(RunEvent e) {
        events.add(e);
        if (e instanceof RunEvent.PlannedChange || e instanceof RunEvent.Progress) {
            firstChange.countDown();
        }
        if (e instanceof RunEvent.Finished || e instanceof RunEvent.Refused) {
            ended.countDown();
        }
    }

    RunProbe awaitEnd() throws InterruptedException {
        if (!ended.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("the run did not end; events so far: " + events);
        }
        return this;
    }

    void awaitProgress() throws InterruptedException {
        if (!firstChange.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("the run showed no progress; events so far: " + events);
        }
    }

    <T extends RunEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    RunOutcome outcome() {
        return all(RunEvent.Finished.class).get(0).outcome();
    }

    String text() {
        return events.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
}
