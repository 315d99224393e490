package io.triptych.openstack;

import io.triptych.config.clouds.CloudCredentials;
import io.triptych.config.clouds.CloudCredentials.AuthType;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Builds {@link CloudCredentials} for a {@link FakeOpenStack}, adjusted per test. */
public final class FakeCredentials {
    private final AuthType type;
    private URI authUrl;
    private String password = FakeOpenStack.PASSWORD;
    private String secret = FakeOpenStack.APP_CRED_SECRET;
    private boolean byName;
    private Optional<String> region = Optional.empty();
    private String iface = "public";
    private boolean verify = true;
    private Optional<Path> cacert = Optional.empty();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(5);

    private FakeCredentials(AuthType type, URI authUrl) {
        this.type = type;
        this.authUrl = authUrl;
    }

    static FakeCredentials password(URI authUrl) {
        return new FakeCredentials(AuthType.PASSWORD, authUrl);
    }

    static FakeCredentials applicationCredential(URI authUrl) {
        return new FakeCredentials(AuthType.APPLICATION_CREDENTIAL, authUrl);
    }

    public FakeCredentials password(String p) { password = p; return this; }
    public FakeCredentials secret(String s) { secret = s; return this; }
    /** Application credential by name and user rather than by id. */
    public FakeCredentials byName() { byName = true; return this; }
    public FakeCredentials region(String r) { region = Optional.of(r); return this; }
    public FakeCredentials endpointInterface(String i) { iface = i; return this; }
    public FakeCredentials verify(boolean v) { verify = v; return this; }
    public FakeCredentials cacert(Path p) { cacert = Optional.of(p); return this; }
    public FakeCredentials authUrl(URI u) { authUrl = u; return this; }
    public FakeCredentials connectTimeout(Duration d) { connectTimeout = d; return this; }
    public FakeCredentials readTimeout(Duration d) { readTimeout = d; return this; }

    public CloudCredentials build() {
        boolean pw = type == AuthType.PASSWORD;
        Optional<String> none = Optional.empty();
        return new CloudCredentials("fake", Path.of("clouds.yaml"), type, authUrl,
                pw || byName ? Optional.of(FakeOpenStack.USER) : none, none, pw ? Optional.of(password) : none,
                pw || byName ? Optional.of("Default") : none, none, pw ? Optional.of("demo") : none, none,
                pw ? Optional.of("Default") : none, none,
                pw || byName ? none : Optional.of(FakeOpenStack.APP_CRED_ID),
                !pw && byName ? Optional.of(FakeOpenStack.APP_CRED_NAME) : none, pw ? none : Optional.of(secret),
                region, iface, verify, cacert, connectTimeout, readTimeout);
    }
}
