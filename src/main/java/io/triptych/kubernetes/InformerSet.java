package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Informers started and stopped together: one per kind and namespace (or one per kind across every
 * namespace). Each lists once, then watches; fabric8 reconnects a broken watch by itself and re-lists only
 * when the server says the resource version is gone. Reads come from the caches, never from the API.
 *
 * <p>A kind that is not required and that the first list finds forbidden (403) or not served (404) does not
 * stop the others: it stays empty, {@link #missing} says which permission would show it, and
 * {@link #retryMissing} asks again now and then, so a role granted later shows without a restart.
 */
final class InformerSet implements AutoCloseable {
    private static final long PAGE = 500; // the initial list in pages, so a big cluster never sends one huge reply

    /** One kind's informers and the objects they hold. */
    static final class Informed<T extends HasMetadata> {
        private final List<Slot<T>> slots = new ArrayList<>();

        List<T> list() {
            List<T> all = new ArrayList<>();
            slots.forEach(s -> all.addAll(s.current.informer.getStore().list()));
            return all;
        }
    }

    /** A first list that failed in a way that stops the whole set, with what was being listed. */
    static final class StartFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String doing;

        StartFailure(String doing, Throwable cause) {
            super(doing, cause);
            this.doing = doing;
        }

        /** "list pods in fsgs-data" */
        String doing() {
            return doing;
        }
    }

    /** One started informer and its first list. */
    private record Attempt<T extends HasMetadata>(SharedIndexInformer<T> informer, CompletableFuture<Void> started) {
        Throwable failure() {
            if (!started.isCompletedExceptionally()) {
                return null;
            }
            try {
                started.join();
                return null;
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                return KubeErrors.unwrap(e);
            }
        }
    }

    /** One informer place: a kind in one namespace (or in all). */
    private final class Slot<T extends HasMetadata> {
        final String resource;
        final String namespace;
        final boolean required;
        final Supplier<Informable<T>> source;
        volatile Attempt<T> current;
        volatile Attempt<T> pending; // asking again for a missing kind
        volatile boolean retrying;
        volatile Instant nextTry;

        Slot(String resource, String namespace, boolean required, Supplier<Informable<T>> source) {
            this.resource = resource;
            this.namespace = namespace;
            this.required = required;
            this.source = source;
        }

        Attempt<T> begin() {
            SharedIndexInformer<T> informer = source.get().withLimit(PAGE).runnableInformer(0); // 0: no resync
            informer.addEventHandler(new ResourceEventHandler<T>() {
                @Override public void onAdd(T obj) { onEvent.run(); }
                @Override public void onUpdate(T before, T after) { onEvent.run(); }
                @Override public void onDelete(T obj, boolean finalStateUnknown) { onEvent.run(); }
            });
            // Before the first sync, a failure ends the start (the source reports it and starts afresh on
            // the next call); after it, fabric8 retries with back-off, which is the automatic recovery.
            informer.exceptionHandler((started, t) -> started);
            return new Attempt<>(informer, informer.start().toCompletableFuture());
        }

        CompletableFuture<Void> startFirst() {
            current = begin();
            return current.started;
        }

        /** The first list was refused (403) or the kind is not served (404): the other kinds still show. */
        boolean missing() {
            Throwable f = current.failure();
            return f != null && !required && isMissing(f);
        }

        /** A first list that failed otherwise: the whole set is unusable. */
        boolean fatal() {
            Throwable f = current.failure();
            return f != null && (required || !isMissing(f));
        }

        /** "list pods in fsgs-data"; across all namespaces, a refusal also says how to ask for less. */
        String doing(Throwable failure) {
            String where = namespace.isEmpty() ? "in all namespaces" : "in " + namespace;
            boolean hint = namespace.isEmpty() && KubeErrors.httpCode(failure) == 403;
            return "list " + plural(resource) + " " + where + (hint ? " (or list some under 'namespaces:')" : "");
        }

        void retryIfDue(Instant now, Duration every) {
            if (retrying || !missing()) {
                return;
            }
            if (nextTry == null) {
                nextTry = now.plus(every);
            }
            if (now.isBefore(nextTry)) {
                return;
            }
            retrying = true;
            Attempt<T> again = begin();
            pending = again;
            again.started.whenComplete((v, t) -> {
                Attempt<T> old = current;
                current = again;
                pending = null;
                nextTry = null;
                retrying = false;
                old.informer.stop();
                if (t != null || closed) {
                    again.informer.stop();
                } else {
                    onEvent.run(); // the kind appeared: the screen should know now
                }
            });
        }
    }

    private final List<String> namespaces;
    private final Runnable onEvent;
    private final List<Slot<?>> all = new ArrayList<>();
    private volatile boolean closed;

    InformerSet(List<String> namespaces, Runnable onEvent) {
        this.namespaces = List.copyOf(namespaces);
        this.onEvent = onEvent;
    }

    /**
     * @param resource "daemonsets.apps": the plural and API group, as RBAC names it
     * @param required whether the set is useless without it (pods: workloads without them would look down)
     */
    <T extends HasMetadata> Informed<T> add(String resource, boolean required,
                                             Function<String, Informable<T>> inNamespace,
                                             Supplier<Informable<T>> anyNamespace) {
        Informed<T> kind = new Informed<>();
        if (namespaces.isEmpty()) {
            kind.slots.add(new Slot<>(resource, "", required, anyNamespace));
        } else {
            namespaces.forEach(ns -> kind.slots.add(new Slot<>(resource, ns, required, () -> inNamespace.apply(ns))));
        }
        all.addAll(kind.slots);
        return kind;
    }

    /**
     * Starts every informer; completes when each first list has ended, exceptionally with a {@link StartFailure}
     * (the first in order) when one failed in a way that leaves the set unusable.
     */
    CompletableFuture<Void> start() {
        List<CompletableFuture<Void>> firsts = new ArrayList<>();
        for (Slot<?> s : all) {
            firsts.add(s.startFirst());
        }
        return CompletableFuture.allOf(firsts.toArray(CompletableFuture[]::new))
                .handle((v, t) -> null)
                .thenRun(() -> {
                    for (Slot<?> s : all) {
                        if (s.fatal()) {
                            throw new StartFailure(s.doing(s.current.failure()), s.current.failure());
                        }
                    }
                });
    }

    int size() {
        return all.size();
    }

    int synced() {
        return (int) all.stream().filter(s -> s.current != null && s.current.informer().hasSynced()).count();
    }

    /** True when every informer that could list is watching: the caches are then as fresh as the server. */
    boolean watching() {
        return all.stream().allMatch(s -> s.missing() || s.current.informer().isWatching());
    }

    /**
     * One line per kind that could not be listed: which kind, why, and the permission that would show it
     * ("daemonsets not shown: forbidden (403); the context needs list daemonsets.apps in fsgs-data (and watch)").
     */
    List<String> missing(String server) {
        Map<String, List<String>> forbidden = new LinkedHashMap<>();
        Map<String, Boolean> notServed = new LinkedHashMap<>();
        for (Slot<?> s : all) {
            if (!s.missing()) {
                continue;
            }
            if (KubeErrors.httpCode(s.current.failure()) == 404) {
                notServed.put(s.resource, true);
            } else {
                forbidden.computeIfAbsent(s.resource, r -> new ArrayList<>()).add(s.namespace);
            }
        }
        List<String> lines = new ArrayList<>();
        forbidden.forEach((resource, where) -> lines.add(plural(resource) + " not shown: forbidden (403); the"
                + " context needs list " + resource + (where.contains("") ? " in all namespaces"
                : " in " + String.join(", ", where)) + " (and watch)"));
        notServed.keySet().forEach(resource -> lines.add(plural(resource) + " not shown: " + server
                + " does not serve " + resource + " (404)"));
        return lines;
    }

    /** Asks again for the kinds found missing, at most once per {@code every} each. No request otherwise. */
    void retryMissing(Instant now, Duration every) {
        all.forEach(s -> s.retryIfDue(now, every));
    }

    private static String plural(String resource) {
        return resource.replaceFirst("\\..*", "");
    }

    private static boolean isMissing(Throwable failure) {
        int code = KubeErrors.httpCode(failure);
        return code == 403 || code == 404;
    }

    @Override
    public void close() {
        closed = true;
        for (Slot<?> s : all) {
            for (Attempt<?> a : java.util.Arrays.asList(s.current, s.pending)) {
                if (a != null) {
                    a.informer().stop();
                }
            }
        }
    }
}
