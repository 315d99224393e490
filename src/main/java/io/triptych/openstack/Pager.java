package io.triptych.openstack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Every page of a list: {@code limit} on the first request, then the {@code next} link until there is none
 * ({@code servers_links}, {@code volumes_links}, {@code security_groups_links}; Glance's top-level
 * {@code next}). Only the query of a next link is used, on the endpoint of the catalog: clouds behind a
 * proxy often write next links with an internal host or plain http, and Glance's are root-relative.
 */
final class Pager {
    private static final int MAX_PAGES = 10_000;

    private final Session session;
    private final int pageSize;

    Pager(Session session, int pageSize) {
        this.session = session;
        this.pageSize = pageSize;
    }

    /** Every item of every page, each read by {@code item}. */
    <T> List<T> all(Api api, String path, String collection, PageReader.Item<T> item) throws OpenStackException {
        return all(api, path, collection, item, () -> { });
    }

    /** As {@link #all(Api, String, String, PageReader.Item)}, telling {@code onPage} after each page that arrived. */
    <T> List<T> all(Api api, String path, String collection, PageReader.Item<T> item, Runnable onPage)
            throws OpenStackException {
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String what = "GET " + path;
        String query = "limit=" + pageSize;
        for (int pages = 1; ; pages++) {
            String q = query;
            PageReader.Page<T> page = session.call(token -> {
                HttpUrl url = session.endpoint(token, api).newBuilder().addPathSegments(path.substring(1))
                        .encodedQuery(q).build();
                return session.rest().page(api, url, what, token.id(), collection, item);
            });
            items.addAll(page.items());
            onPage.run();
            String next = nextQuery(page.next());
            if (next == null || page.items().isEmpty()) {
                return items;
            }
            if (!seen.add(next) || pages >= MAX_PAGES) {
                throw new OpenStackException(api.displayName() + " kept sending the same next page for " + what
                        + " after " + items.size() + " items");
            }
            query = next;
        }
    }

    private static String nextQuery(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        HttpUrl resolved = HttpUrl.get("http://next.invalid/").resolve(href);
        return resolved == null ? null : resolved.encodedQuery();
    }
}
