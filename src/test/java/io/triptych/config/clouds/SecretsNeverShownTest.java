package io.triptych.config.clouds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A planted secret, in every place a message could pick it up, never comes out. */
class SecretsNeverShownTest {
    private static final String PLANTED = "Pl4nted-S3cret";

    @TempDir
    Path root;

    private CloudsFixture f;

    @BeforeEach
    void setUp() {
        f = new CloudsFixture(root);
        f.write(f.userClouds(), """
                clouds:
                  lab:
                    auth: { auth_url: "https://k.example.org/v3", username: u, user_domain_name: Default,
                            project_id: p }
                """);
    }

    private void assertNoSecretIn(List<String> problems) {
        assertThat(problems).as("the file is refused").isNotEmpty();
        assertThat(String.join("\n", problems)).doesNotContain(PLANTED).doesNotContain("Pl4nted")
                .doesNotContain("S3cret");
    }

    @Test
    void resolvedCredentialsMaskBothSecretsInToString() throws Exception {
        f.write(f.userSecure(), "clouds:\n  lab:\n    auth: { password: " + PLANTED + " }\n");
        CloudCredentials c = f.resolve("lab");
        assertThat(c.password()).contains(PLANTED);
        assertThat(c.toString()).doesNotContain(PLANTED).contains("password=****");

        f.write(f.userSecure(), "clouds:\n  lab:\n    auth_type: v3applicationcredential\n"
                + "    auth: { application_credential_id: i, application_credential_secret: " + PLANTED + " }\n");
        assertThat(f.resolve("lab").toString()).doesNotContain(PLANTED).contains("applicationCredentialSecret=****");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "clouds:\n  lab:\n    auth:\n      password: \"" + PLANTED + "\n",
        "clouds:\n  lab:\n    auth:\n      password: " + PLANTED + ": x\n",
        "clouds:\n  lab:\n    auth:\n      password: '" + PLANTED + "'x'\n",
        "clouds:\n  lab:\n    auth:\n      password: \"" + PLANTED + "\\q\"\n",
        "clouds:\n  lab:\n    auth:\n\tpassword: " + PLANTED + "\n",
        "clouds:\n  lab:\n    auth:\n      password: [" + PLANTED + "]\n",
        "clouds:\n  lab:\n    auth:\n      password: { value: " + PLANTED + " }\n",
        "clouds:\n  lab:\n    auth: " + PLANTED + "\n",
        "clouds:\n  lab:\n    auth:\n      password: *" + PLANTED + "\n",
        "clouds:\n  lab:\n    auth:\n      password: &" + PLANTED + "\n      username: &" + PLANTED + " u\n",
        "clouds:\n  lab:\n    auth:\n      password: !" + PLANTED + " [\n",
        "clouds:\n  lab:\n    auth:\n      password: !!" + PLANTED + "\n",
        "clouds:\n  lab:\n    auth:\n      password: " + PLANTED + "\n    auth_type: token\n    interface: nope\n",
    })
    void aBrokenSecureYamlNeverQuotesTheSecret(String secureYaml) {
        f.write(f.userSecure(), secureYaml);
        assertNoSecretIn(f.problems("lab"));
    }

    @Test
    void aSecretInInvalidUtf8IsNotEchoed() throws Exception {
        byte[] bad = ("clouds: { lab: { auth: { password: " + PLANTED + "\u00e9 } } }\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f.userSecure(), bad);
        assertNoSecretIn(f.problems("lab"));
    }

    @Test
    void aSecretFromTheEnvironmentIsNotEchoedWhenOtherValuesAreWrong() {
        f.env.put("OS_PASSWORD", PLANTED);
        f.env.put("OS_APPLICATION_CREDENTIAL_SECRET", PLANTED);
        f.env.put("OS_AUTH_TYPE", "v3oidcpassword");
        assertNoSecretIn(f.problems("lab"));
        f.env.put("OS_AUTH_TYPE", "password");
        f.env.put("OS_INTERFACE", "bogus");
        assertNoSecretIn(f.problems("lab"));
    }

    @Test
    void aPasswordWrittenIntoAnotherKeyOfTheAuthBlockIsNotEchoed() {
        f.write(f.userClouds(), "clouds:\n  lab:\n    auth:\n      auth_url: " + PLANTED + "\n      password: "
                + PLANTED + "\n");
        assertNoSecretIn(f.problems("lab"));
    }
}
