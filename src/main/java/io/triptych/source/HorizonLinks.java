package io.triptych.source;

import io.triptych.domain.Server;
import java.net.URI;
import java.util.Optional;

/** Horizon's instance page: {@code <dashboard>/project/instances/<id>/}. */
public final class HorizonLinks implements ServerLinks {
    private final String base;

    public HorizonLinks(URI dashboard) {
        String s = dashboard.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public Optional<String> webPage(Server server) {
        return Optional.of(base + "/project/instances/" + server.id() + "/");
    }
}
