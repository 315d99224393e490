package io.triptych.openstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.config.clouds.CloudCredentials;
import io.triptych.config.clouds.CloudCredentials.AuthType;
import java.util.Optional;

/** The body of Keystone v3 {@code POST /v3/auth/tokens} for a password or an application credential. */
final class AuthRequest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AuthRequest() {
    }

    static byte[] body(CloudCredentials c) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        if (c.authType() == AuthType.APPLICATION_CREDENTIAL) {
            identity.putArray("methods").add("application_credential");
            ObjectNode ac = identity.putObject("application_credential");
            c.applicationCredentialId().ifPresentOrElse(id -> ac.put("id", id), () -> {
                ac.put("name", c.applicationCredentialName().orElse(""));
                user(ac.putObject("user"), c);
            });
            ac.put("secret", c.applicationCredentialSecret().orElse(""));
            // an application credential carries its own scope: asking for one is an error
        } else {
            identity.putArray("methods").add("password");
            ObjectNode user = identity.putObject("password").putObject("user");
            user(user, c);
            user.put("password", c.password().orElse(""));
            scope(auth, c);
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void user(ObjectNode user, CloudCredentials c) {
        if (c.userId().isPresent()) {
            user.put("id", c.userId().get());
        } else {
            user.put("name", c.username().orElse(""));
            domain(user, c.userDomainId(), c.userDomainName());
        }
    }

    private static void scope(ObjectNode auth, CloudCredentials c) {
        if (c.projectId().isEmpty() && c.projectName().isEmpty()) {
            return; // unscoped: Keystone answers without a catalog, which the catalog check reports
        }
        ObjectNode project = auth.putObject("scope").putObject("project");
        if (c.projectId().isPresent()) {
            project.put("id", c.projectId().get());
        } else {
            project.put("name", c.projectName().get());
            domain(project, c.projectDomainId(), c.projectDomainName());
        }
    }

    /** A name needs its domain; like the OpenStack CLI, the default domain when clouds.yaml gives none. */
    private static void domain(ObjectNode owner, Optional<String> id, Optional<String> name) {
        ObjectNode domain = owner.putObject("domain");
        if (id.isPresent()) {
            domain.put("id", id.get());
        } else if (name.isPresent()) {
            domain.put("name", name.get());
        } else {
            domain.put("id", "default");
        }
    }
}
