package io.triptych.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible log lines for each kind of demo service, in the format its software really writes: NATS,
 * nginx access lines, Keycloak (Quarkus), logfmt for the Prometheus stack, and the FSC Python services
 * with coloured levels (uvicorn style). Draws only from the random it is given.
 */
final class DemoLogLines {
    static final String GREEN = "\u001b[32m";
    static final String YELLOW = "\u001b[33m";
    static final String RED = "\u001b[31m";
    static final String BOLD_RED = "\u001b[1;31m";
    static final String CYAN = "\u001b[36m";
    static final String RESET = "\u001b[0m";
    private static final DateTimeFormatter ISO_MS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NATS = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
            java.util.Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] BURSTS = {"sb26021503", "sb26021511", "sb26021607", "sb26021702", "sb26021719"};
    private static final String[] PATHS = {"/api/v0/bursts", "/api/v0/products?level=Q1", "/health",
        "/crestapi/iovs", "/alerts/latest", "/static/app.js", "/api/v0/add_product"};

    private DemoLogLines() {
    }

    /** One line of the service's own log at {@code t}. */
    static String line(String service, Random r, Instant t) {
        if (service.contains("nats")) {
            String[] m = {"JetStream cluster stream 'PRODUCTS' has leader", "Client connection created",
                "Client connection closed: Client Closed", "Leafnode connection created for account: $G",
                "JetStream consumer 'vtac-candidates' pending 0"};
            return "[1] " + NATS.format(t) + " [INF] " + m[r.nextInt(m.length)];
        }
        if (service.contains("nginx")) {
            int status = r.nextInt(40) == 0 ? 502 : r.nextInt(12) == 0 ? 304 : 200;
            return "10.42." + r.nextInt(4) + "." + (2 + r.nextInt(200)) + " - - [" + CLF.format(t) + "] \"GET "
                    + PATHS[r.nextInt(PATHS.length)] + " HTTP/1.1\" " + status + " " + (200 + r.nextInt(9000))
                    + " \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"";
        }
        if (service.contains("keycloak")) {
            return ISO_MS.format(t) + " INFO  [org.keycloak.events] (executor-thread-" + (1 + r.nextInt(8))
                    + ") type=\"CODE_TO_TOKEN\", realmId=\"svom-demo\", clientId=\"fsc-portal\", ipAddress=\"10.42.1."
                    + (2 + r.nextInt(200)) + "\"";
        }
        if (service.contains("prometheus") || service.contains("exporter") || service.contains("grafana")
                || service.contains("portainer") || service.contains("metrics")) {
            String[] m = {"msg=\"Compacting head\"", "msg=\"Request completed\" status=200 path=/api/health",
                "msg=\"WAL checkpoint complete\"", "msg=\"Scrape completed\" duration=0.012s"};
            return "ts=" + t + " caller=main.go:" + (100 + r.nextInt(900)) + " level=info " + m[r.nextInt(m.length)];
        }
        return python(service, r, t);
    }

    private static String python(String service, Random r, Instant t) {
        int roll = r.nextInt(20);
        String burst = BURSTS[r.nextInt(BURSTS.length)];
        if (roll < 6) {
            String path = PATHS[r.nextInt(PATHS.length)];
            return GREEN + "INFO" + RESET + ":     10.42.1." + (2 + r.nextInt(200)) + ":" + (40000 + r.nextInt(20000))
                    + " - \"GET " + path + " HTTP/1.1\" " + GREEN + "200 OK" + RESET;
        }
        String module = service.replace('_', '.').replace('-', '.');
        String level = roll == 19 ? RED + "ERROR" + RESET : roll >= 17 ? YELLOW + "WARNING" + RESET
                : GREEN + "INFO" + RESET + "   ";
        String[] m = {"Processed burst " + burst + " in " + (40 + r.nextInt(900)) + " ms",
            "Received " + (1 + r.nextInt(40)) + " products from JetStream (PRODUCTS." + burst + ")",
            "Uploaded product " + burst + "_Q1.fits to SDB", "Heartbeat sent to orchestrator",
            "Cache refreshed: " + (100 + r.nextInt(900)) + " entries"};
        String message = roll == 19 ? "SDB upload failed (503 Service Unavailable), retrying in 5 s"
                : roll >= 17 ? "Slow NATS ack: " + (1 + r.nextInt(4)) + "." + r.nextInt(10) + " s" : m[r.nextInt(m.length)];
        return ISO_MS.format(t) + " " + level + " [" + CYAN + module + RESET + "] " + message;
    }

    /** How a container of this service starts. */
    static List<String> startup(String service, Instant t) {
        String module = service.replace('_', '.').replace('-', '.');
        return List.of(ISO_MS.format(t) + " " + GREEN + "INFO" + RESET + "    [" + module + "] Starting " + service,
                ISO_MS.format(t.plusMillis(140)) + " " + GREEN + "INFO" + RESET
                        + "    Connecting to nats://messaging-nats.fsgs-messaging:4222",
                GREEN + "INFO" + RESET + ":     Started server process [1]",
                GREEN + "INFO" + RESET + ":     Waiting for application startup.");
    }

    /** The end of a crashed container: the reason a crash loop is worth reading. */
    static List<String> crash(String service, Instant t) {
        List<String> out = new ArrayList<>(startup(service, t));
        out.add(ISO_MS.format(t.plusSeconds(2)) + " " + YELLOW + "WARNING" + RESET
                + " nats: no servers available for connection, retrying (1/3)");
        out.add(ISO_MS.format(t.plusSeconds(5)) + " " + YELLOW + "WARNING" + RESET
                + " nats: no servers available for connection, retrying (2/3)");
        out.add(ISO_MS.format(t.plusSeconds(9)) + " " + RED + "ERROR" + RESET + "   Application startup failed. Exiting.");
        out.add("Traceback (most recent call last):");
        out.add("  File \"/app/vtac/main.py\", line 42, in lifespan");
        out.add("    await bus.connect(settings.nats_url, stream=\"CANDIDATES\")");
        out.add("  File \"/app/.venv/lib/python3.11/site-packages/nats/aio/client.py\", line 531, in connect");
        out.add("    raise errors.NoServersError");
        out.add(BOLD_RED + "nats.errors.NoServersError: nats: no servers available for connection" + RESET);
        return out;
    }
}
