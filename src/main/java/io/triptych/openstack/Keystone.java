package io.triptych.openstack;

import io.triptych.config.clouds.CloudCredentials;
import io.triptych.config.clouds.CloudCredentials.AuthType;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Keystone v3: one {@code POST /v3/auth/tokens}, turned into a {@link Token} or a one-line failure. */
final class Keystone {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String WHAT = "POST /auth/tokens";

    private final CloudCredentials credentials;

    Keystone(CloudCredentials credentials) {
        this.credentials = credentials;
    }

    Token authenticate(Rest rest) throws OpenStackException {
        HttpUrl url = tokensUrl();
        Request request = new Request.Builder().url(url).header("Accept", "application/json")
                .post(RequestBody.create(JSON, AuthRequest.body(credentials))).build();
        Reply reply = rest.send(Api.KEYSTONE, request, WHAT);
        if (reply.status() == 401) {
            throw new OpenStackException(refused(), 401);
        }
        if (!reply.ok()) {
            throw reply.failure();
        }
        if (reply.subjectToken() == null || reply.subjectToken().isBlank()) {
            throw new OpenStackException("Keystone answered " + reply.status() + " without an X-Subject-Token for "
                    + WHAT);
        }
        Object[] expiresCatalog = new Object[2];
        reply.read(p -> StreamedJson.fields(p, (name, q) -> {
            if (!name.equals("token")) {
                q.skipChildren();
                return;
            }
            StreamedJson.fields(q, (field, t) -> {
                switch (field) {
                    case "expires_at" -> expiresCatalog[0] = StreamedJson.instant(t);
                    case "catalog" -> expiresCatalog[1] = Catalog.read(t);
                    default -> t.skipChildren();
                }
            });
        }));
        if (expiresCatalog[1] == null) {
            throw new OpenStackException("Keystone gave cloud '" + credentials.cloud() + "' a token without a catalog:"
                    + " set project_name or project_id in clouds.yaml");
        }
        return new Token(reply.subjectToken(), (Instant) expiresCatalog[0], (Catalog) expiresCatalog[1]);
    }

    /** auth_url may end in /v3 or stop at the root (keystoneauth discovers the version; we assume v3). */
    private HttpUrl tokensUrl() throws OpenStackException {
        HttpUrl base = HttpUrl.get(credentials.authUrl());
        if (base == null) {
            throw new OpenStackException("auth_url of cloud '" + credentials.cloud() + "' is not an http(s) URL");
        }
        String path = base.encodedPath().replaceAll("/+$", "");
        if (path.endsWith("/v2.0")) {
            throw new OpenStackException("cloud '" + credentials.cloud() + "' points at Keystone v2.0, which Triptych "
                    + "does not speak: use the /v3 auth_url");
        }
        HttpUrl.Builder b = base.newBuilder().encodedPath(path.endsWith("/v3") ? path : path + "/v3");
        return b.addPathSegments("auth/tokens").build();
    }

    private String refused() {
        String where = "authentication failed for cloud '" + credentials.cloud() + "' at " + shownAuthUrl() + ": ";
        if (credentials.authType() == AuthType.APPLICATION_CREDENTIAL) {
            return where + "check the application credential id and secret "
                    + "(clouds.yaml / secure.yaml / OS_APPLICATION_CREDENTIAL_SECRET), and that it has not expired";
        }
        return where + "check the password (clouds.yaml / secure.yaml / OS_PASSWORD)";
    }

    private String shownAuthUrl() {
        HttpUrl url = HttpUrl.get(credentials.authUrl());
        return url == null ? credentials.authUrl().toString() : url.newBuilder().username("").password("").build()
                .toString();
    }
}
