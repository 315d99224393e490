package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import okhttp3.HttpUrl;

/**
 * The service catalog of a Keystone v3 token, and the choice of an endpoint: by service type (in the order
 * {@link Api} gives), interface, and region when one is set. Accepts {@code region} or {@code region_id}.
 */
record Catalog(List<Entry> entries) {

    record Entry(String type, String iface, String region, String url) {
    }

    /**
     * The token's "catalog" array, the parser on its value; null when that is not an array of at least one
     * service (an unscoped token). Each service's endpoints, the rest of it skipped.
     */
    static Catalog read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        int[] services = {0};
        StreamedJson.elements(p, service -> {
            services[0]++;
            String[] type = {""};
            List<String[]> endpoints = new ArrayList<>(); // the type may come after them
            StreamedJson.fields(service, (name, q) -> {
                if (name.equals("type")) {
                    type[0] = StreamedJson.text(q);
                } else if (name.equals("endpoints")) {
                    endpoints.clear();
                    StreamedJson.elements(q, e -> endpoints.add(endpoint(e)));
                } else {
                    q.skipChildren();
                }
            });
            endpoints.forEach(e -> entries.add(new Entry(type[0], e[1], e[0].isEmpty() ? e[2] : e[0], e[3])));
        });
        return services[0] == 0 ? null : new Catalog(List.copyOf(entries));
    }

    /** region, interface, region_id, url. */
    private static String[] endpoint(JsonParser p) throws IOException {
        String[] e = {"", "", "", ""};
        StreamedJson.fields(p, (name, q) -> {
            String v = StreamedJson.text(q);
            switch (name) {
                case "region" -> e[0] = v;
                case "interface" -> e[1] = v;
                case "region_id" -> e[2] = v;
                case "url" -> e[3] = v;
                default -> { }
            }
        });
        return e;
    }

    /** Only Glance is optional: without it image names come from Nova's image proxy. */
    boolean has(Api api, String iface, Optional<String> region) {
        return find(api, normalise(iface), region).isPresent();
    }

    HttpUrl endpoint(Api api, String iface, Optional<String> region, String cloud) throws OpenStackException {
        String wanted = normalise(iface);
        Entry e = find(api, wanted, region).orElseThrow(() -> new OpenStackException(missing(api, wanted, region,
                cloud)));
        HttpUrl url = HttpUrl.parse(e.url());
        if (url == null) {
            throw new OpenStackException("the catalog of cloud '" + cloud + "' gives " + api.displayName()
                    + " an address that is not a URL: " + e.url());
        }
        // Neutron registers its root; the v2.0 API lives below it (the python clients add it too).
        if (api == Api.NEUTRON && !url.encodedPath().matches(".*/v2\\.0/?")) {
            url = url.newBuilder().addPathSegment("v2.0").build();
        }
        return url;
    }

    private Optional<Entry> find(Api api, String iface, Optional<String> region) {
        for (String type : api.catalogTypes()) {
            for (Entry e : entries) {
                if (e.type().equals(type) && normalise(e.iface()).equals(iface)
                        && region.map(r -> r.equals(e.region())).orElse(true)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private String missing(Api api, String iface, Optional<String> region, String cloud) {
        TreeSet<String> regions = new TreeSet<>();
        entries.stream().filter(e -> api.catalogTypes().contains(e.type())).forEach(e -> regions.add(e.region()));
        String where = region.map(r -> " in region '" + r + "'").orElse("");
        String known = regions.isEmpty() ? "none at all" : "regions " + String.join(", ", regions);
        return "the catalog of cloud '" + cloud + "' has no " + api.catalogTypes().get(0) + " endpoint ("
                + api.displayName() + ") with interface " + iface + where + "; it lists " + known;
    }

    /** clouds.yaml accepts "public", "publicURL" and the like. */
    private static String normalise(String iface) {
        String s = iface == null || iface.isBlank() ? "public" : iface.toLowerCase(Locale.ROOT);
        return s.endsWith("url") ? s.substring(0, s.length() - 3) : s;
    }
}
