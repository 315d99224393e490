package io.triptych.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Server;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HorizonLinksTest {
    private final Server server = new Server("8f3c-42", "web-01", "ACTIVE", "m1.small", "img", List.of(), "",
            Instant.EPOCH, Map.of());

    @Test
    void linkPointsAtTheInstancePageWithOrWithoutATrailingSlash() {
        assertThat(new HorizonLinks(URI.create("https://horizon.example.org")).webPage(server))
                .contains("https://horizon.example.org/project/instances/8f3c-42/");
        assertThat(new HorizonLinks(URI.create("https://h.example.org/dashboard/")).webPage(server))
                .contains("https://h.example.org/dashboard/project/instances/8f3c-42/");
    }
}
