package io.triptych.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.triptych.domain.Acknowledged;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Incident;
import io.triptych.domain.InsecureLink;
import io.triptych.domain.Item;
import io.triptych.domain.Section;
import io.triptych.domain.SiteSnapshot;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@code status --json} in the shape DESIGN.md documents; scripts depend on the field names, so
 * they are spelled out here in one place rather than derived from the domain records. Extra fields
 * ({@code demo}, {@code namespace}) may be added; documented ones are never renamed.
 */
final class StatusJson {
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT).withArrayIndenter(INDENT));

    private StatusJson() {
    }

    /** UTF-8 bytes straight to the stream, whatever its charset: non-ASCII names stay as they are. */
    static void write(SiteSnapshot snapshot, PrintStream out) {
        try {
            byte[] bytes = WRITER.writeValueAsBytes(site(snapshot));
            out.write(bytes, 0, bytes.length);
            out.write('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> site(SiteSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", s.site());
        m.put("generatedAt", iso(s.generatedAt()));
        m.put("demo", s.demo());
        m.put("environments", s.environments().stream().map(StatusJson::environment).toList());
        return m;
    }

    private static Map<String, Object> environment(EnvironmentSnapshot e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.environment().id());
        m.put("name", e.environment().name());
        m.put("health", health(e.health()));
        m.put("insecure", e.environment().insecure().stream().map(InsecureLink::describe).toList());
        m.put("servers", list(e.servers(), v -> map("id", v.id(), "name", v.name(), "status", v.status(),
                "flavor", v.flavor(), "image", v.image(), "addresses", v.addresses(), "fault", v.fault())));
        m.put("volumes", list(e.volumes(), v -> map("id", v.id(), "name", v.name(), "status", v.status(),
                "sizeGb", v.sizeGb(), "type", v.type(), "attachedTo", v.attachedTo())));
        m.put("securityGroups", list(e.securityGroups(), g -> map("id", g.id(), "name", g.name(),
                "rules", g.rules().stream().map(r -> map("direction", r.direction(), "ethertype", r.ethertype(),
                        "protocol", r.protocol(), "portMin", r.portMin(), "portMax", r.portMax(),
                        "remote", r.remote())).toList())));
        m.put("services", list(e.services(), v -> map("name", v.name(), "kind", v.kind().jsonName(),
                "image", v.image(), "desired", v.desired(), "running", v.running(), "namespace", v.namespace())));
        m.put("pipelines", list(e.pipelines(), p -> map("project", p.project(), "id", p.id(), "ref", p.ref(),
                "status", p.status(), "createdAt", iso(p.createdAt()), "webUrl", p.webUrl())));
        m.put("problems", e.problems().stream().map(p -> map("severity", p.severity().jsonName(),
                "source", p.source().jsonName(), "subject", p.subject(), "message", p.message(),
                "acknowledged", acknowledged(p.acknowledged()), "incident", incident(p.incident()))).toList());
        m.put("errors", e.errors().stream().map(x -> map("source", x.source().jsonName(),
                "message", x.message(), "since", iso(x.since()))).toList());
        return m;
    }

    /** {by, at, note, url} or null; the url is null until acknowledgements carry a ticket link. */
    private static Map<String, Object> acknowledged(Acknowledged a) {
        return a == null ? null : map("by", a.by(), "at", iso(a.at()), "note", a.note(), "url", a.url());
    }

    /** {url, state} or null when the problem has no team incident. */
    private static Map<String, Object> incident(Incident i) {
        return i == null ? null : map("url", i.url(), "state", i.state());
    }

    /** Scripts branch on three words; "not answered yet" is as bad as down for them. */
    static String health(Health h) {
        return h == Health.UNKNOWN ? Health.DOWN.jsonName() : h.jsonName();
    }

    private static <T extends Item> List<Map<String, Object>> list(Section<T> section,
                                                                   Function<T, Map<String, Object>> row) {
        return section.items().stream().map(row).toList();
    }

    /** Keys and values in turn; unlike Map.of it keeps the order and allows nulls (an unknown image, say). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** ISO-8601 UTC to the second, e.g. 2026-11-25T12:00:00Z. */
    static String iso(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
