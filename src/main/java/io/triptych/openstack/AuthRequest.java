package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonGenerator;
import io.triptych.config.clouds.CloudCredentials;
import io.triptych.config.clouds.CloudCredentials.AuthType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The body of Keystone v3 {@code POST /v3/auth/tokens} for a password or an application credential, written
 * with jackson-core's generator (compact, fields in this order).
 */
final class AuthRequest {
    private AuthRequest() {
    }

    static byte[] body(CloudCredentials c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = StreamedJson.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("auth");
            g.writeObjectFieldStart("identity");
            if (c.authType() == AuthType.APPLICATION_CREDENTIAL) {
                methods(g, "application_credential");
                g.writeObjectFieldStart("application_credential");
                if (c.applicationCredentialId().isPresent()) {
                    g.writeStringField("id", c.applicationCredentialId().get());
                } else {
                    g.writeStringField("name", c.applicationCredentialName().orElse(""));
                    g.writeObjectFieldStart("user");
                    user(g, c);
                    g.writeEndObject();
                }
                g.writeStringField("secret", c.applicationCredentialSecret().orElse(""));
                g.writeEndObject();
                g.writeEndObject(); // identity
                // an application credential carries its own scope: asking for one is an error
            } else {
                methods(g, "password");
                g.writeObjectFieldStart("password");
                g.writeObjectFieldStart("user");
                user(g, c);
                g.writeStringField("password", c.password().orElse(""));
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject(); // identity
                scope(g, c);
            }
            g.writeEndObject(); // auth
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void methods(JsonGenerator g, String method) throws IOException {
        g.writeArrayFieldStart("methods");
        g.writeString(method);
        g.writeEndArray();
    }

    /** The fields of a user object. */
    private static void user(JsonGenerator g, CloudCredentials c) throws IOException {
        if (c.userId().isPresent()) {
            g.writeStringField("id", c.userId().get());
        } else {
            g.writeStringField("name", c.username().orElse(""));
            domain(g, c.userDomainId(), c.userDomainName());
        }
    }

    private static void scope(JsonGenerator g, CloudCredentials c) throws IOException {
        if (c.projectId().isEmpty() && c.projectName().isEmpty()) {
            return; // unscoped: Keystone answers without a catalog, which the catalog check reports
        }
        g.writeObjectFieldStart("scope");
        g.writeObjectFieldStart("project");
        if (c.projectId().isPresent()) {
            g.writeStringField("id", c.projectId().get());
        } else {
            g.writeStringField("name", c.projectName().get());
            domain(g, c.projectDomainId(), c.projectDomainName());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A name needs its domain; like the OpenStack CLI, the default domain when clouds.yaml gives none. */
    private static void domain(JsonGenerator g, Optional<String> id, Optional<String> name) throws IOException {
        g.writeObjectFieldStart("domain");
        if (id.isPresent()) {
            g.writeStringField("id", id.get());
        } else if (name.isPresent()) {
            g.writeStringField("name", name.get());
        } else {
            g.writeStringField("id", "default");
        }
        g.writeEndObject();
    }
}
