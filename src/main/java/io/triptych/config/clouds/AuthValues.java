package io.triptych.config.clouds;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A cloud's auth values: clouds.yaml (with secure.yaml) first, then the {@code OS_*} variables where the
 * file is silent. Values go in groups, so an openrc sourced for another project cannot mix with the
 * file: a file that names the project by id takes neither OS_PROJECT_NAME nor OS_PROJECT_ID.
 */
final class AuthValues {
    static final List<String> AUTH_URL = List.of("auth_url");
    static final List<String> USER = List.of("username", "user_id");
    static final List<String> PASSWORD = List.of("password");
    static final List<String> USER_DOMAIN = List.of("user_domain_name", "user_domain_id");
    static final List<String> PROJECT = List.of("project_name", "project_id");
    static final List<String> PROJECT_DOMAIN = List.of("project_domain_name", "project_domain_id");
    static final List<String> APP_CREDENTIAL = List.of("application_credential_id", "application_credential_name");
    static final List<String> APP_SECRET = List.of("application_credential_secret");

    /** Older or shorter spellings openstacksdk accepts in the file, after the key itself. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "project_name", List.of("tenant_name"),
            "project_id", List.of("tenant_id"),
            "user_domain_name", List.of("domain_name"),
            "user_domain_id", List.of("domain_id"),
            "project_domain_name", List.of("domain_name"),
            "project_domain_id", List.of("domain_id"));

    private final Map<String, String> values = new HashMap<>();

    /** Reads {@code groups} only: an application credential takes no OS_PASSWORD. */
    AuthValues(CloudEntry entry, Map<String, String> env, List<List<String>> groups) {
        for (List<String> group : groups) {
            Map<String, String> fromFile = new HashMap<>();
            for (String key : group) {
                fromFile(entry, key).ifPresent(v -> fromFile.put(key, v));
            }
            if (!fromFile.isEmpty()) {
                values.putAll(fromFile);
                continue;
            }
            for (String key : group) {
                String v = env.getOrDefault(variable(key), "");
                if (!v.isBlank()) {
                    values.put(key, v);
                }
            }
        }
    }

    private static Optional<String> fromFile(CloudEntry entry, String key) {
        Optional<String> value = entry.text(entry.authValue(key));
        for (String alias : ALIASES.getOrDefault(key, List.of())) {
            value = value.or(() -> entry.text(entry.authValue(alias)));
        }
        return value;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    boolean hasAny(List<String> group) {
        return group.stream().anyMatch(values::containsKey);
    }

    /** The variable for a key: {@code OS_} and the key in capitals, as openstacksdk names them. */
    static String variable(String key) {
        return "OS_" + key.toUpperCase(Locale.ROOT);
    }
}
