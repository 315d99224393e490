package io.triptych.openstack;

import io.triptych.concurrent.DaemonThreads;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Flavor and image names for the server list. When due, both lists load on their own threads while the
 * server pages load, so they add no step to the refresh. A slow Glance never holds the servers back:
 * past a short wait, servers show the names in hand (or ids) and the load completes for the next refresh.
 */
final class Lookups implements AutoCloseable {
    private final Session session;
    private final Pager pager;
    private final OpenStackTuning tuning;
    private final NameCache flavors;
    private final NameCache images;
    private final ExecutorService pool =
            Executors.newCachedThreadPool(DaemonThreads.named("triptych-openstack-lookup"));

    Lookups(Session session, Pager pager, OpenStackTuning tuning) {
        this.session = session;
        this.pager = pager;
        this.tuning = tuning;
        this.flavors = new NameCache("flavor", () -> names(pager.all(Api.NOVA, "/flavors/detail", "flavors", Lookups::idName)),
                tuning);
        this.images = new NameCache("image", this::imageNames, tuning);
    }

    /** Starts the loads that are due; call before the server pages, resolve after them. */
    Pending start() {
        return new Pending(load(flavors), load(images));
    }

    final class Pending {
        private final CompletableFuture<Map<String, String>> flavorLoad;
        private final CompletableFuture<Map<String, String>> imageLoad;

        private Pending(CompletableFuture<Map<String, String>> flavorLoad,
                        CompletableFuture<Map<String, String>> imageLoad) {
            this.flavorLoad = flavorLoad;
            this.imageLoad = imageLoad;
        }

        Map<String, String> flavors(Set<String> ids) {
            return resolve(flavorLoad, Lookups.this.flavors, ids);
        }

        Map<String, String> images(Set<String> ids) {
            return resolve(imageLoad, Lookups.this.images, ids);
        }
    }

    private CompletableFuture<Map<String, String>> load(NameCache cache) {
        return cache.due() ? CompletableFuture.supplyAsync(cache::refreshIfDue, pool)
                : CompletableFuture.completedFuture(cache.names());
    }

    /** Waits briefly for the load, then for a second one when names are missing (a flavor created since). */
    private Map<String, String> resolve(CompletableFuture<Map<String, String>> load, NameCache cache, Set<String> ids) {
        if (!await(load)) {
            return cache.names();
        }
        await(cache.wantsReload(ids) ? CompletableFuture.supplyAsync(() -> cache.refreshFor(ids), pool) : load);
        return cache.names();
    }

    private boolean await(CompletableFuture<Map<String, String>> load) {
        try {
            load.get(tuning.namesWait().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Glance when the catalog has it; otherwise Nova's image proxy (compute API 2.1). */
    private Map<String, String> imageNames() throws OpenStackException {
        boolean glance = session.offers(session.token(), Api.GLANCE);
        return names(glance ? pager.all(Api.GLANCE, "/v2/images", "images", Lookups::idName)
                : pager.all(Api.NOVA, "/images/detail", "images", Lookups::idName));
    }

    /** A flavor's or an image's id and name, the rest skipped ({@link PageReader.Item}). */
    private static String[] idName(com.fasterxml.jackson.core.JsonParser p) throws java.io.IOException {
        return StreamedJson.textsOf(p, "id", "name");
    }

    private static Map<String, String> names(List<String[]> items) {
        Map<String, String> m = new HashMap<>();
        items.forEach(i -> m.put(i[0], i[1]));
        return m;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
