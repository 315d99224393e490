package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
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

    static Catalog parse(JsonNode catalog) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode service : catalog) {
            String type = OpenStackJson.text(service, "type");
            for (JsonNode e : service.path("endpoints")) {
                String region = OpenStackJson.text(e, "region");
                entries.add(new Entry(type, OpenStackJson.text(e, "interface"),
                        region.isEmpty() ? OpenStackJson.text(e, "region_id") : region, OpenStackJson.text(e, "url")));
            }
        }
        return new Catalog(List.copyOf(entries));
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
