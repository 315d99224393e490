package io.triptych.config.clouds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.triptych.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Keystone address that would fail only at fetch time is refused while the site is read. */
class CloudAddressTest {
    @TempDir
    Path root;

    private List<String> problemsOf(String authUrl) {
        CloudsFixture f = new CloudsFixture(root);
        f.write(f.userClouds(), "clouds:\n  lab:\n    auth: { auth_url: \"" + authUrl
                + "\", user_id: u, password: p, project_id: q }\n");
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> f.resolver().resolve(CloudsFixture.fromSite("lab", Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty())));
        assertThat(e).as("the cloud is refused").isNotNull();
        return e.problems();
    }

    @Test
    void aPortPast65535IsRefusedAtTheAuthUrl() {
        assertThat(problemsOf("https://keystone.example.org:99999/v3")).singleElement().asString()
                .endsWith(":3:23: auth_url of cloud 'lab' has port 99999, outside 1 to 65535 — write Keystone's"
                        + " full address, like https://keystone.example.org:5000/v3");
    }

    @Test
    void aPasswordInTheAuthUrlIsRefusedAndNotRepeated() {
        List<String> problems = problemsOf("https://admin:hunter2@keystone.example.org/v3");

        assertThat(problems).singleElement().asString().endsWith(":3:23: auth_url of cloud 'lab' holds a user name"
                + " or password before '@' (not repeated here) — remove 'user:password@': the password belongs in"
                + " secure.yaml");
        assertThat(problems.get(0)).doesNotContain("hunter2").doesNotContain("admin");
    }
}
