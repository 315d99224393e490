package io.triptych.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.triptych.domain.Acknowledged;
import io.triptych.domain.Attachment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Incident;
import io.triptych.domain.InsecureLink;
import io.triptych.domain.Item;
import io.triptych.domain.Problem;
import io.triptych.domain.Rule;
import io.triptych.domain.Section;
import io.triptych.domain.SiteSnapshot;
import io.triptych.domain.SourceError;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Writes {@code status --json} in the shape DESIGN.md documents; scripts depend on the field names, so
 * they are spelled out here in one place rather than derived from the domain records. Extra fields
 * ({@code demo}, {@code namespace}) may be added; documented ones are never renamed.
 *
 * <p>Streamed with jackson-core's generator straight to the output, item by item: no tree of the whole
 * site is built (15,000 servers would make one of tens of MB), and Jackson's data binding — some 400
 * classes to load on every run of a short command — is not used.
 */
final class StatusJson {
    /** The command's output stays open after the document, for the final newline. */
    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private StatusJson() {
    }

    /** UTF-8 bytes straight to the stream, whatever its charset: non-ASCII names stay as they are. */
    static void write(SiteSnapshot snapshot, PrintStream out) {
        try {
            JsonGenerator g = FACTORY.createGenerator((OutputStream) out, JsonEncoding.UTF8);
            g.setPrettyPrinter(printer());
            site(g, snapshot);
            g.close(); // flushes
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two spaces a level, a space after each colon, "[]" and "{}" when empty. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indent).withArrayIndenter(indent);
    }

    private static void site(JsonGenerator g, SiteSnapshot s) throws IOException {
        g.writeStartObject();
        g.writeStringField("site", s.site());
        g.writeStringField("generatedAt", iso(s.generatedAt()));
        g.writeBooleanField("demo", s.demo());
        g.writeArrayFieldStart("environments");
        for (EnvironmentSnapshot e : s.environments()) {
            environment(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void environment(JsonGenerator g, EnvironmentSnapshot e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.environment().id());
        g.writeStringField("name", e.environment().name());
        g.writeStringField("health", health(e.health()));
        g.writeFieldName("insecure");
        value(g, e.environment().insecure().stream().map(InsecureLink::describe).toList());
        // The three lists that grow with a cloud (15,000 servers write 13 MB): typed calls, no boxing of each value.
        list(g, "servers", e.servers(), v -> {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeStringField("name", v.name());
            g.writeStringField("status", v.status());
            g.writeStringField("flavor", v.flavor());
            g.writeStringField("image", v.image());
            strings(g, "addresses", v.addresses());
            g.writeStringField("fault", v.fault());
            g.writeEndObject();
        });
        list(g, "volumes", e.volumes(), v -> {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeStringField("name", v.name());
            g.writeStringField("status", v.status());
            g.writeNumberField("sizeGb", v.sizeGb());
            g.writeStringField("type", v.type());
            g.writeArrayFieldStart("attachedTo");
            for (Attachment a : v.attachments()) {
                g.writeString(a.serverName());
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        list(g, "securityGroups", e.securityGroups(), v -> {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeStringField("name", v.name());
            g.writeArrayFieldStart("rules");
            for (Rule r : v.rules()) {
                g.writeStartObject();
                g.writeStringField("direction", r.direction());
                g.writeStringField("ethertype", r.ethertype());
                g.writeStringField("protocol", r.protocol());
                number(g, "portMin", r.portMin());
                number(g, "portMax", r.portMax());
                g.writeStringField("remote", r.remote());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        list(g, "services", e.services(), v -> object(g, "name", v.name(), "kind", v.kind().jsonName(),
                "image", v.image(), "desired", v.desired(), "running", v.running(), "namespace", v.namespace()));
        list(g, "pipelines", e.pipelines(), p -> object(g, "project", p.project(), "id", p.id(), "ref", p.ref(),
                "status", p.status(), "createdAt", iso(p.createdAt()), "webUrl", p.webUrl()));
        g.writeArrayFieldStart("problems");
        for (Problem p : e.problems()) {
            g.writeStartObject();
            fields(g, "severity", p.severity().jsonName(), "source", p.source().jsonName(), "subject", p.subject(),
                    "message", p.message());
            g.writeFieldName("acknowledged");
            acknowledged(g, p.acknowledged());
            g.writeFieldName("incident");
            incident(g, p.incident());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        for (SourceError x : e.errors()) {
            object(g, "source", x.source().jsonName(), "message", x.message(), "since", iso(x.since()));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {by, at, note, url} or null; the url is null until acknowledgements carry a ticket link. */
    private static void acknowledged(JsonGenerator g, Acknowledged a) throws IOException {
        if (a == null) {
            g.writeNull();
        } else {
            object(g, "by", a.by(), "at", iso(a.at()), "note", a.note(), "url", a.url());
        }
    }

    /** {url, state} or null when the problem has no team incident. */
    private static void incident(JsonGenerator g, Incident i) throws IOException {
        if (i == null) {
            g.writeNull();
        } else {
            object(g, "url", i.url(), "state", i.state());
        }
    }

    /** Scripts branch on three words; "not answered yet" is as bad as down for them. */
    static String health(Health h) {
        return h == Health.UNKNOWN ? Health.DOWN.jsonName() : h.jsonName();
    }

    /** A list of strings; null (as {@link #value} writes it) when there is none. */
    private static void strings(JsonGenerator g, String name, java.util.List<String> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A number, or null. */
    private static void number(JsonGenerator g, String name, Integer n) throws IOException {
        g.writeFieldName(name);
        if (n == null) {
            g.writeNull();
        } else {
            g.writeNumber(n.intValue());
        }
    }

    private interface Row<T> {
        void write(T item) throws IOException;
    }

    private static <T extends Item> void list(JsonGenerator g, String name, Section<T> section, Row<T> row)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : section.items()) {
            row.write(item);
        }
        g.writeEndArray();
    }

    /** An object of keys and values in turn, in that order, nulls written (an unknown image, say). */
    private static void object(JsonGenerator g, Object... keysAndValues) throws IOException {
        g.writeStartObject();
        fields(g, keysAndValues);
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, Object... keysAndValues) throws IOException {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            g.writeFieldName((String) keysAndValues[i]);
            value(g, keysAndValues[i + 1]);
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer n) {
            g.writeNumber(n);
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                value(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }

    /** ISO-8601 UTC to the second, e.g. 2026-11-25T12:00:00Z. */
    static String iso(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
