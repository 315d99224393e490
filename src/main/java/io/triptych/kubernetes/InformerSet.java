package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Informers started and stopped together: one per kind and namespace (or one per kind across every
 * namespace). Each lists once, then watches; fabric8 reconnects a broken watch by itself and re-lists only
 * when the server says the resource version is gone. Reads come from the caches, never from the API.
 */
final class InformerSet implements AutoCloseable {
    /** One kind's informers and the objects they hold. */
    static final class Informed<T extends HasMetadata> {
        private final List<SharedIndexInformer<T>> informers = new ArrayList<>();

        List<T> list() {
            List<T> all = new ArrayList<>();
            informers.forEach(i -> all.addAll(i.getStore().list()));
            return all;
        }
    }

    private static final long PAGE = 500; // the initial list in pages, so a big cluster never sends one huge reply

    private final List<String> namespaces;
    private final Runnable onEvent;
    private final List<SharedIndexInformer<?>> all = new ArrayList<>();
    private final AtomicReference<Throwable> lastError = new AtomicReference<>();

    InformerSet(List<String> namespaces, Runnable onEvent) {
        this.namespaces = List.copyOf(namespaces);
        this.onEvent = onEvent;
    }

    <T extends HasMetadata> Informed<T> add(Function<String, Informable<T>> inNamespace,
                                             Supplier<Informable<T>> anyNamespace) {
        Informed<T> kind = new Informed<>();
        List<Informable<T>> sources = new ArrayList<>();
        if (namespaces.isEmpty()) {
            sources.add(anyNamespace.get());
        } else {
            namespaces.forEach(ns -> sources.add(inNamespace.apply(ns)));
        }
        for (Informable<T> source : sources) {
            SharedIndexInformer<T> informer = source.withLimit(PAGE).runnableInformer(0); // 0: no resync
            informer.addEventHandler(new ResourceEventHandler<T>() {
                @Override public void onAdd(T obj) { onEvent.run(); }
                @Override public void onUpdate(T before, T after) { onEvent.run(); }
                @Override public void onDelete(T obj, boolean finalStateUnknown) { onEvent.run(); }
            });
            // Before the first sync, a failure ends the start (the source reports it and starts afresh on
            // the next call); after it, fabric8 retries with back-off, which is the automatic recovery.
            informer.exceptionHandler((started, t) -> {
                lastError.set(t);
                return started;
            });
            kind.informers.add(informer);
            all.add(informer);
        }
        return kind;
    }

    /** Starts every informer; completes when all have listed and watch, or fails with the first failure. */
    CompletableFuture<Void> start() {
        return CompletableFuture.allOf(all.stream().map(i -> i.start().toCompletableFuture())
                .toArray(CompletableFuture[]::new));
    }

    int size() {
        return all.size();
    }

    int synced() {
        return (int) all.stream().filter(SharedIndexInformer::hasSynced).count();
    }

    /** True when every informer's watch is open: the caches are then as fresh as the server. */
    boolean watching() {
        return all.stream().allMatch(SharedIndexInformer::isWatching);
    }

    Throwable lastError() {
        return lastError.get();
    }

    @Override
    public void close() {
        all.forEach(SharedIndexInformer::stop);
    }
}
