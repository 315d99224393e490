package io.triptych.config.clouds;

import io.triptych.config.OpenStackConfig;
import io.triptych.config.WebAddress;
import io.triptych.config.clouds.CloudCredentials.AuthType;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns one merged cloud entry into {@link CloudCredentials}: the auth type, the auth values (file, then
 * OS_* variables), and a one-line problem for each value Keystone would need and does not get, saying
 * where to put it. Messages name keys and files, never a value of a secret.
 */
final class CredentialsReader {
    private static final List<List<String>> PASSWORD_GROUPS = List.of(AuthValues.AUTH_URL, AuthValues.USER,
            AuthValues.PASSWORD, AuthValues.USER_DOMAIN, AuthValues.PROJECT, AuthValues.PROJECT_DOMAIN);
    private static final List<List<String>> APP_GROUPS = List.of(AuthValues.AUTH_URL, AuthValues.APP_CREDENTIAL,
            AuthValues.APP_SECRET, AuthValues.USER, AuthValues.USER_DOMAIN);

    private final CloudEntry entry;
    private final Map<String, String> env;
    private final CloudsSearch search;
    private final Path cloudsHint;
    private final Path secureHint;

    /** @param cloudsHint where non-secret values belong; @param secureHint where secrets belong */
    CredentialsReader(CloudEntry entry, Map<String, String> env, CloudsSearch search, Path cloudsHint,
                      Path secureHint) {
        this.entry = entry;
        this.env = env;
        this.search = search;
        this.cloudsHint = cloudsHint;
        this.secureHint = secureHint;
    }

    /** The credentials; empty when anything is missing or wrong (every problem reported). */
    Optional<CloudCredentials> read(OpenStackConfig config, CloudsProblems problems) {
        int before = problems.count();
        Optional<AuthType> type = authType();
        AuthValues auth = new AuthValues(entry, env,
                type.orElse(AuthType.PASSWORD) == AuthType.PASSWORD ? PASSWORD_GROUPS : APP_GROUPS);
        Optional<URI> authUrl = authUrl(auth);
        type.ifPresent(t -> requireAll(t, auth));
        ConnectionSettings.Settings settings = new ConnectionSettings(entry, env, search).read(config);
        if (problems.count() > before || type.isEmpty() || authUrl.isEmpty()) {
            return Optional.empty();
        }
        Path source = entry.file().orElse(cloudsHint);
        return Optional.of(new CloudCredentials(entry.name(), source, type.get(), authUrl.get(),
                auth.get("username"), auth.get("user_id"), auth.get("password"),
                auth.get("user_domain_name"), auth.get("user_domain_id"),
                auth.get("project_name"), auth.get("project_id"),
                auth.get("project_domain_name"), auth.get("project_domain_id"),
                auth.get("application_credential_id"), auth.get("application_credential_name"),
                auth.get("application_credential_secret"),
                settings.region(), settings.endpointInterface(), settings.verify(), settings.cacert(),
                settings.connectTimeout(), settings.readTimeout()));
    }

    /** auth_type (auth_plugin in older files), else OS_AUTH_TYPE, else password. */
    private Optional<AuthType> authType() {
        Optional<CloudEntry.Value> value = entry.value("auth_type").or(() -> entry.value("auth_plugin"));
        Optional<String> text = entry.text(value);
        if (value.isPresent() && !(value.get().node() instanceof ScalarNode)) {
            return Optional.empty(); // reported by text()
        }
        String raw = text.or(() -> Optional.ofNullable(env.get("OS_AUTH_TYPE")).filter(v -> !v.isBlank()))
                .orElse("password");
        switch (raw.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "password":
            case "v3password":
                return Optional.of(AuthType.PASSWORD);
            case "v3applicationcredential":
                return Optional.of(AuthType.APPLICATION_CREDENTIAL);
            default:
                String what = "cloud '" + entry.name() + "' uses auth_type '" + raw + "'"
                        + (value.isPresent() ? "" : " (from OS_AUTH_TYPE)") + ", which Triptych does not support";
                String todo = "use auth_type: password or auth_type: v3applicationcredential";
                value.ifPresentOrElse(v -> entry.problem(v, what, todo), () -> entry.problem(what, todo));
                return Optional.empty();
        }
    }

    private Optional<URI> authUrl(AuthValues auth) {
        Optional<String> text = auth.get("auth_url");
        if (text.isEmpty()) {
            missing("auth_url", "auth_url", false, entry.value("profile").isPresent()
                    ? " (vendor profiles are not read: write the address itself)" : "");
            return Optional.empty();
        }
        WebAddress.Checked checked = WebAddress.check(text.get());
        if (checked.uri().isPresent()) {
            return checked.uri();
        }
        Optional<CloudEntry.Value> value = entry.authValue("auth_url");
        String what = "auth_url of cloud '" + entry.name() + "'" + (value.isPresent() ? "" : " (from OS_AUTH_URL)")
                + " " + checked.phrase().orElse("is not a web address");
        String todo = checked.flaw().orElseThrow() == WebAddress.Flaw.CREDENTIALS
                ? "remove 'user:password@': the password belongs in secure.yaml"
                : "write Keystone's full address, like https://keystone.example.org:5000/v3";
        value.ifPresentOrElse(v -> entry.problem(v, what, todo), () -> entry.problem(what, todo));
        return Optional.empty();
    }

    private void requireAll(AuthType type, AuthValues auth) {
        if (type == AuthType.PASSWORD) {
            requireUser(auth);
            if (!auth.hasAny(AuthValues.PASSWORD)) {
                boolean appSecret = entry.authValue("application_credential_secret").isPresent();
                missing("password", "password", true, appSecret
                        ? " (this entry holds an application credential: set auth_type: v3applicationcredential)" : "");
            }
            if (!auth.hasAny(AuthValues.PROJECT)) {
                missing("project", "project_name (or project_id)", false, "");
            }
        } else {
            if (!auth.hasAny(AuthValues.APP_SECRET)) {
                missing("application_credential_secret", "application_credential_secret", true, "");
            }
            if (!auth.hasAny(AuthValues.APP_CREDENTIAL)) {
                missing("application_credential_id", "application_credential_id", false, "");
            } else if (auth.get("application_credential_id").isEmpty()) {
                requireUser(auth); // a credential named, not identified, belongs to a named user
            }
        }
    }

    /** A name without its domain is not a problem: like the openstack CLI, the adapter then uses "default". */
    private void requireUser(AuthValues auth) {
        if (!auth.hasAny(AuthValues.USER)) {
            missing("user", "username (or user_id)", false, "");
        }
    }

    /**
     * "cloud 'x' has no password — add password under auth: of 'x' in ~/.config/openstack/secure.yaml,
     * or set OS_PASSWORD". {@code keys} starts with the key to suggest; its variable is named.
     */
    private void missing(String what, String keys, boolean secret, String note) {
        String key = keys.split(" ")[0];
        Path file = secret ? secureHint : cloudsHint;
        entry.problem("cloud '" + entry.name() + "' has no " + what + note,
                "add " + keys + " under auth: of '" + entry.name() + "' in " + search.show(file)
                        + ", or set " + AuthValues.variable(key));
    }
}
