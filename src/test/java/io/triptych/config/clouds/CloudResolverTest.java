package io.triptych.config.clouds;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.config.clouds.CloudCredentials.AuthType;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cloud resolved: clouds.yaml, secure.yaml merged over it, OS_* variables where both are silent. */
class CloudResolverTest {
    @TempDir
    Path root;

    private CloudsFixture f;

    @BeforeEach
    void setUp() {
        f = new CloudsFixture(root);
    }

    private void horizonStyleFiles() {
        f.copy("clouds.yaml", f.userClouds());
        f.copy("secure.yaml", f.userSecure());
        f.write(f.home.resolve(".config/openstack/certs/ca.pem"), "-----BEGIN CERTIFICATE-----\n");
    }

    @Test
    void passwordAuthTakesEveryValueOfTheEntryAndThePasswordFromSecureYaml() throws Exception {
        horizonStyleFiles();

        CloudCredentials c = f.resolve("fsgs-integration");

        assertThat(c.cloud()).isEqualTo("fsgs-integration");
        assertThat(c.source()).isEqualTo(f.userClouds());
        assertThat(c.authType()).isEqualTo(AuthType.PASSWORD);
        assertThat(c.authUrl()).isEqualTo(URI.create("https://keystone.example.org:5000/v3"));
        assertThat(c.username()).contains("svom-ops");
        assertThat(c.password()).contains("int-password-from-secure");
        assertThat(c.userDomainName()).contains("Default");
        assertThat(c.projectId()).contains("4f1c0b7e9d2a4e3f8b6c5d4e3f2a1b0c");
        assertThat(c.projectName()).contains("fsgs-integration");
        assertThat(c.regionName()).contains("RegionOne");
        assertThat(c.endpointInterface()).isEqualTo("public");
        assertThat(c.verify()).isTrue();
        assertThat(c.cacert()).isEmpty();
        assertThat(c.applicationCredentialSecret()).isEmpty();
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void applicationCredentialAuthTakesItsIdAndSecretAndNoProject() throws Exception {
        horizonStyleFiles();
        f.env.put("OS_PASSWORD", "ambient-password");
        f.env.put("OS_PROJECT_NAME", "ambient-project");

        CloudCredentials c = f.resolve("fsgs-production");

        assertThat(c.authType()).isEqualTo(AuthType.APPLICATION_CREDENTIAL);
        assertThat(c.applicationCredentialId()).contains("0a1b2c3d4e5f");
        assertThat(c.applicationCredentialSecret()).contains("prod-secret-from-secure");
        assertThat(c.password()).isEmpty();
        assertThat(c.projectName()).isEmpty();
    }

    @Test
    void cacertIsRelativeToTheCloudsYamlFolderAndApiTimeoutBecomesTheReadTimeout() throws Exception {
        horizonStyleFiles();

        CloudCredentials c = f.resolve("fsgs-production");

        assertThat(c.cacert()).contains(f.home.resolve(".config/openstack/certs/ca.pem"));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.regionName()).contains("RegionTwo");
    }

    @Test
    void secureYamlWinsOverCloudsYamlKeyByKeyInsideAuth() throws Exception {
        f.write(f.userClouds(), """
                clouds:
                  lab:
                    region_name: A
                    auth: { auth_url: "https://k.example.org/v3", username: u, password: old,
                            user_domain_name: Default, project_id: p }
                """);
        f.write(f.userSecure(), "clouds:\n  lab:\n    region_name: B\n    auth: { password: new }\n");

        CloudCredentials c = f.resolve("lab");

        assertThat(c.password()).contains("new");
        assertThat(c.username()).contains("u");
        assertThat(c.regionName()).contains("B");
    }

    @Test
    void osVariablesFillWhatTheFileLeavesOut() throws Exception {
        f.write(f.userClouds(), "clouds:\n  lab:\n    region_name: Lab1\n");
        f.env.putAll(Map.of("OS_AUTH_URL", "https://k.example.org/v3", "OS_USERNAME", "alice",
                "OS_PASSWORD", "pw", "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_NAME", "lab",
                "OS_PROJECT_DOMAIN_NAME", "Default", "OS_REGION_NAME", "Other", "OS_INTERFACE", "internal"));

        CloudCredentials c = f.resolve("lab");

        assertThat(c.authUrl()).isEqualTo(URI.create("https://k.example.org/v3"));
        assertThat(c.username()).contains("alice");
        assertThat(c.password()).contains("pw");
        assertThat(c.projectName()).contains("lab");
        assertThat(c.projectDomainName()).contains("Default");
        assertThat(c.regionName()).as("the file's region wins").contains("Lab1");
        assertThat(c.endpointInterface()).isEqualTo("internal");
    }

    @Test
    void aValueInTheFileKeepsTheVariablesOfItsGroupOut() throws Exception {
        f.write(f.userClouds(), """
                clouds:
                  lab:
                    auth: { auth_url: "https://k.example.org/v3", username: u, password: p,
                            user_domain_name: Default, project_id: from-file }
                """);
        f.env.put("OS_PROJECT_NAME", "another-project");
        f.env.put("OS_PROJECT_DOMAIN_NAME", "Default");

        CloudCredentials c = f.resolve("lab");

        assertThat(c.projectId()).contains("from-file");
        assertThat(c.projectName()).as("not mixed with an openrc of another project").isEmpty();
    }

    @Test
    void applicationCredentialsComeFromTheVariablesToo() throws Exception {
        f.write(f.userClouds(), "clouds:\n  lab:\n    auth_type: v3applicationcredential\n");
        f.env.putAll(Map.of("OS_AUTH_URL", "https://k.example.org/v3",
                "OS_APPLICATION_CREDENTIAL_ID", "id-1", "OS_APPLICATION_CREDENTIAL_SECRET", "s-1"));

        CloudCredentials c = f.resolve("lab");

        assertThat(c.applicationCredentialId()).contains("id-1");
        assertThat(c.applicationCredentialSecret()).contains("s-1");
    }

    @Test
    void theSiteFilesRegionAndTimeoutsOverrideClouds() throws Exception {
        horizonStyleFiles();

        CloudCredentials c = f.resolver().resolve(CloudsFixture.fromSite("fsgs-production", Optional.empty(),
                Optional.of("RegionThree"), Optional.of(Duration.ofSeconds(3)), Optional.of(Duration.ofSeconds(90))));

        assertThat(c.regionName()).contains("RegionThree");
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.readTimeout()).as("over api_timeout: 45").isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void theSiteFilesCloudsFileIsReadInsteadOfTheSearchPath() throws Exception {
        horizonStyleFiles();
        Path mine = f.write(root.resolve("site/clouds.yaml"), """
                clouds:
                  fsgs-integration:
                    auth: { auth_url: "https://other.example.org/v3", application_credential_id: x,
                            application_credential_secret: y }
                    auth_type: v3applicationcredential
                """);

        CloudCredentials c = f.resolver().resolve(CloudsFixture.fromSite("fsgs-integration", Optional.of(mine),
                Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(c.source()).isEqualTo(mine);
        assertThat(c.authUrl().getHost()).isEqualTo("other.example.org");
    }

    @Test
    void verifyFalseInterfaceAliasesAndAFractionalApiTimeoutAreHonoured() throws Exception {
        f.write(f.userClouds(), """
                clouds:
                  lab:
                    auth: { auth_url: "http://k.lab:5000/v3", user_id: abc, password: p, project_id: q }
                    verify: false
                    interface: internalURL
                    api_timeout: 2.5
                """);

        CloudCredentials c = f.resolve("lab");

        assertThat(c.verify()).isFalse();
        assertThat(c.endpointInterface()).isEqualTo("internal");
        assertThat(c.readTimeout()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void osCacertIsUsedWhenTheFileNamesNoneRelativeToTheCurrentFolder() throws Exception {
        f.write(f.userClouds(), """
                clouds:
                  lab: { auth: { auth_url: "https://k/v3", user_id: a, password: p, project_id: q } }
                """);
        Path ca = f.write(f.cwd.resolve("ca.pem"), "pem\n");
        f.env.put("OS_CACERT", "ca.pem");

        assertThat(f.resolve("lab").cacert()).contains(ca);
    }

    @Test
    void openstacksdkSpellingsAreAccepted() throws Exception {
        f.write(f.userClouds(), """
                clouds:
                  old:
                    auth_plugin: v3password
                    project_name: top-level-wins
                    regions: [North, South]
                    auth:
                      auth-url: https://k.example.org/v3
                      username: u
                      password: p
                      tenant_name: ignored
                      domain_name: Corp
                """);

        CloudCredentials c = f.resolve("old");

        assertThat(c.authType()).isEqualTo(AuthType.PASSWORD);
        assertThat(c.authUrl().getHost()).isEqualTo("k.example.org");
        assertThat(c.projectName()).contains("top-level-wins");
        assertThat(c.userDomainName()).contains("Corp");
        assertThat(c.projectDomainName()).contains("Corp");
        assertThat(c.regionName()).contains("North");
    }

    @Test
    void namesWithoutTheirDomainsAreLeftToTheDefaultDomainAsTheOpenstackCliDoes() throws Exception {
        f.write(f.userClouds(), """
                clouds:
                  lab: { auth: { auth_url: "https://k/v3", username: u, password: p, project_name: q } }
                """);

        CloudCredentials c = f.resolve("lab");

        assertThat(c.userDomainName()).isEmpty();
        assertThat(c.userDomainId()).isEmpty();
        assertThat(c.projectDomainName()).isEmpty();
        assertThat(c.projectDomainId()).isEmpty();
    }

    @Test
    void aCloudMadeOfVariablesAloneIsNamedEnvvarsAsInOpenstacksdk() throws Exception {
        f.env.putAll(Map.of("OS_AUTH_URL", "https://k.example.org/v3", "OS_USER_ID", "u",
                "OS_PASSWORD", "p", "OS_PROJECT_ID", "q"));

        CloudCredentials c = f.resolve("envvars");

        assertThat(c.userId()).contains("u");
        assertThat(c.source()).isEqualTo(f.userClouds());
    }

    @Test
    void blankValuesCountAsAbsent() throws Exception {
        f.write(f.userClouds(), """
                clouds:
                  lab:
                    auth_type: ""
                    region_name: ""
                    interface:
                    auth: { auth_url: "https://k/v3", user_id: u, password: p, project_id: q, project_name: " " }
                """);

        CloudCredentials c = f.resolve("lab");

        assertThat(c.authType()).isEqualTo(AuthType.PASSWORD);
        assertThat(c.regionName()).isEmpty();
        assertThat(c.endpointInterface()).isEqualTo("public");
        assertThat(c.projectName()).isEmpty();
    }

    @Test
    void theFileIsCheckedWithoutComplaintByTheSiteFileCheck() {
        horizonStyleFiles();

        assertThat(f.problems("fsgs-integration")).isEmpty();
        assertThat(f.problems("fsgs-production")).isEmpty();
    }
}
