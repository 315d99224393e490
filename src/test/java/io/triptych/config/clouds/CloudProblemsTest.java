package io.triptych.config.clouds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.triptych.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a cloud fails to resolve, and the one line it earns: which cloud, which key, where to put it. */
class CloudProblemsTest {
    private static final String SITE = "/srv/site.yaml:7:14: ";

    @TempDir
    Path root;

    private CloudsFixture f;
    private Path clouds;

    @BeforeEach
    void setUp() {
        f = new CloudsFixture(root);
        clouds = f.userClouds();
    }

    private List<String> problemsOf(String cloudsYaml, String cloud) {
        f.write(clouds, cloudsYaml);
        return problemsOf(cloud);
    }

    private List<String> problemsOf(String cloud) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> f.resolver().resolve(CloudsFixture.fromSite(cloud, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty())));
        assertThat(e).as("the cloud is refused").isNotNull();
        return e.problems();
    }

    private String at(int line, int column, String rest) {
        return clouds + ":" + line + ":" + column + ": " + rest;
    }

    @Test
    void aCloudNotInCloudsYamlIsReportedAtTheSiteFilesCloudLineWithTheNamesItHas() {
        assertThat(problemsOf("clouds:\n  a: {}\n  b: {}\n", "fsgs-int")).containsExactly(SITE
                + "cloud 'fsgs-int' is not in ~/.config/openstack/clouds.yaml (it has: a, b) — check the name against"
                + " that file's 'clouds:' entries, or point clouds-file: at the clouds.yaml that has it");
    }

    @Test
    void noCloudsYamlAnywhereSaysWhereItLooked() {
        f.env.put("OS_CLIENT_CONFIG_FILE", "/nowhere/clouds.yaml");

        assertThat(problemsOf("fsgs-int")).containsExactly(SITE + "cloud 'fsgs-int': no clouds.yaml found (looked in"
                + " OS_CLIENT_CONFIG_FILE=/nowhere/clouds.yaml, " + f.cwd + ", ~/.config/openstack, " + f.etc
                + "/openstack) — create ~/.config/openstack/clouds.yaml with this cloud under 'clouds:', or point"
                + " clouds-file: (or OS_CLIENT_CONFIG_FILE) at yours");
    }

    @Test
    void aCloudsFileThatIsNotThereIsReportedAtTheSiteFile() {
        Path missing = root.resolve("site/clouds.yaml");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> f.resolver().resolve(
                CloudsFixture.fromSite("c", Optional.of(missing), Optional.empty(), Optional.empty(), Optional.empty())));

        assertThat(e.problems()).containsExactly(SITE + "clouds-file '" + missing + "' (for cloud 'c') is not a file"
                + " — check the path in clouds-file:, or remove it to search the usual places");
    }

    @Test
    void aYamlSyntaxErrorInCloudsYamlHasItsLineAndColumn() {
        assertThat(problemsOf("clouds:\n  lab:\n    auth: {auth_url: x\n    region_name: R\n", "lab"))
                .singleElement().asString()
                .startsWith(clouds + ":4:16: YAML syntax error:")
                .endsWith("— check indentation, colons and quotes around this point");
    }

    @Test
    void aYamlSyntaxErrorInSecureYamlNamesSecureYaml() {
        f.write(f.userSecure(), "clouds:\n  lab:\n    auth:\n      password: \"unclosed\n");

        assertThat(problemsOf("clouds: { lab: {} }\n", "lab")).singleElement().asString()
                .startsWith(f.userSecure() + ":5:1: YAML syntax error:");
    }

    @Test
    void anUnsupportedAuthTypeIsReportedWhereItStandsWithTheSupportedOnes() {
        assertThat(problemsOf("clouds:\n  lab:\n    auth_type: token\n    auth: { auth_url: \"https://k/v3\" }\n",
                "lab")).containsExactly(at(3, 16, "cloud 'lab' uses auth_type 'token', which Triptych does not"
                + " support — use auth_type: password or auth_type: v3applicationcredential"));
    }

    @Test
    void aMissingAuthUrlSaysWhereToPutIt() {
        assertThat(problemsOf("clouds:\n  lab:\n    auth: { user_id: u, password: p, project_id: q }\n", "lab"))
                .containsExactly(at(2, 3, "cloud 'lab' has no auth_url — add auth_url under auth: of 'lab' in"
                        + " ~/.config/openstack/clouds.yaml, or set OS_AUTH_URL"));
    }

    @Test
    void aMissingPasswordBelongsInSecureYamlOrOsPassword() {
        assertThat(problemsOf("clouds:\n  lab:\n    auth: { auth_url: \"https://k/v3\", user_id: u, project_id: q }\n",
                "lab")).containsExactly(at(2, 3, "cloud 'lab' has no password — add password under auth: of 'lab' in"
                + " ~/.config/openstack/secure.yaml, or set OS_PASSWORD"));
    }

    @Test
    void aMissingPasswordBesideAnApplicationCredentialSecretSuggestsTheAuthType() {
        assertThat(problemsOf("""
                clouds:
                  lab:
                    auth: { auth_url: "https://k/v3", application_credential_id: i, application_credential_secret: s }
                """, "lab")).contains(at(2, 3, "cloud 'lab' has no password (this entry holds an application"
                + " credential: set auth_type: v3applicationcredential) — add password under auth: of 'lab' in"
                + " ~/.config/openstack/secure.yaml, or set OS_PASSWORD"));
    }

    @Test
    void passwordAuthNeedsAUserAndAProject() {
        assertThat(problemsOf("clouds:\n  lab:\n    auth: { auth_url: \"https://k/v3\", password: p }\n", "lab"))
                .containsExactly(
                        at(2, 3, "cloud 'lab' has no user — add username (or user_id) under auth: of 'lab' in"
                                + " ~/.config/openstack/clouds.yaml, or set OS_USERNAME"),
                        at(2, 3, "cloud 'lab' has no project — add project_name (or project_id) under auth: of 'lab'"
                                + " in ~/.config/openstack/clouds.yaml, or set OS_PROJECT_NAME"));
    }

    @Test
    void applicationCredentialsNeedAnIdAndASecret() {
        assertThat(problemsOf("clouds:\n  lab:\n    auth_type: v3applicationcredential\n"
                + "    auth: { auth_url: \"https://k/v3\" }\n", "lab")).containsExactly(
                at(2, 3, "cloud 'lab' has no application_credential_secret — add application_credential_secret under"
                        + " auth: of 'lab' in ~/.config/openstack/secure.yaml, or set OS_APPLICATION_CREDENTIAL_SECRET"),
                at(2, 3, "cloud 'lab' has no application_credential_id — add application_credential_id under auth:"
                        + " of 'lab' in ~/.config/openstack/clouds.yaml, or set OS_APPLICATION_CREDENTIAL_ID"));
    }

    @Test
    void anApplicationCredentialNamedRatherThanIdentifiedNeedsItsUser() {
        assertThat(problemsOf("clouds:\n  lab:\n    auth_type: v3applicationcredential\n    auth: { auth_url:"
                + " \"https://k/v3\", application_credential_name: n, application_credential_secret: s }\n", "lab"))
                .containsExactly(at(2, 3, "cloud 'lab' has no user — add username (or user_id) under auth: of 'lab'"
                        + " in ~/.config/openstack/clouds.yaml, or set OS_USERNAME"));
    }

    @Test
    void aCloudOfVariablesAloneReportsItsGapsAtTheSiteFile() {
        f.env.putAll(Map.of("OS_USERNAME", "u", "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_ID", "p"));

        assertThat(problemsOf("envvars")).containsExactly(
                SITE + "cloud 'envvars' has no auth_url — add auth_url under auth: of 'envvars' in"
                        + " ~/.config/openstack/clouds.yaml, or set OS_AUTH_URL",
                SITE + "cloud 'envvars' has no password — add password under auth: of 'envvars' in"
                        + " ~/.config/openstack/secure.yaml, or set OS_PASSWORD");
    }

    @Test
    void wrongValuesAreReportedWhereTheyStand() {
        Path ca = root.resolve("nowhere/ca.pem");
        assertThat(problemsOf("""
                clouds:
                  lab:
                    auth: { auth_url: "keystone:5000", user_id: u, password: [p], project_id: q }
                    interface: private
                    verify: maybe
                    cacert: %s
                    api_timeout: soon
                    identity_api_version: 2
                """.formatted(ca), "lab")).containsExactly(
                at(2, 3, "cloud 'lab' has no password — add password under auth: of 'lab' in"
                        + " ~/.config/openstack/secure.yaml, or set OS_PASSWORD"),
                at(3, 23, "auth_url of cloud 'lab' is not a web address — write Keystone's full address, like"
                        + " https://keystone.example.org:5000/v3"),
                at(3, 62, "'password' of cloud 'lab' must be a single value, not a list — write it as password: VALUE"),
                at(4, 16, "interface 'private' of cloud 'lab' is not public, internal or admin — write interface:"
                        + " public (the default), internal or admin"),
                at(5, 13, "'verify' of cloud 'lab' must be true or false — write verify: false to skip TLS checks,"
                        + " or give a CA bundle with cacert: PATH"),
                at(6, 13, "cacert '" + ca + "' of cloud 'lab' is not a file — give the path of a PEM CA bundle,"
                        + " relative to the file's folder or absolute"),
                at(7, 18, "'api_timeout' of cloud 'lab' must be a number of seconds above zero — write api_timeout: 30"),
                at(8, 27, "cloud 'lab' asks for identity_api_version 2, and Triptych speaks Keystone v3 only"
                        + " — set identity_api_version: 3, or remove it"));
    }

    @Test
    void aBadValueFromAVariableNamesTheVariable() {
        f.env.putAll(Map.of("OS_AUTH_TYPE", "v2token", "OS_INTERFACE", "private"));

        assertThat(problemsOf("clouds:\n  lab: {}\n", "lab")).containsExactly(
                at(2, 3, "cloud 'lab' uses auth_type 'v2token' (from OS_AUTH_TYPE), which Triptych does not support"
                        + " — use auth_type: password or auth_type: v3applicationcredential"),
                at(2, 3, "cloud 'lab' has no auth_url — add auth_url under auth: of 'lab' in"
                        + " ~/.config/openstack/clouds.yaml, or set OS_AUTH_URL"),
                at(2, 3, "interface 'private' of cloud 'lab' (from OS_INTERFACE) is not public, internal or admin"
                        + " — write interface: public (the default), internal or admin"));
    }

    @Test
    void aFileThatIsNotACloudsFileIsSaidSo() {
        assertThat(problemsOf("clouds:\n  - lab\n", "lab")).containsExactly(at(2, 3, "'clouds' must be a mapping"
                + " of cloud names to their settings — indent each 'NAME:' entry under 'clouds:'"));
        assertThat(problemsOf("clouds:\n  lab: [a]\n", "lab")).contains(at(2, 8, "cloud 'lab' must be a mapping of"
                + " settings, not a list — indent its settings (auth:, region_name:…) under 'lab:'"));
    }
}
