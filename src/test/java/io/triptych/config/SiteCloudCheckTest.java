package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.triptych.config.clouds.CloudResolver;
import io.triptych.config.clouds.CloudsSearch;
import io.triptych.source.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site file's openstack blocks checked against clouds.yaml while the file is read, before anything connects. */
class SiteCloudCheckTest {
    private static final String CLOUDS = """
            clouds:
              fsgs-integration:
                auth: { auth_url: "https://keystone.example.org/v3", user_id: u, project_id: p }
              fsgs-production:
                auth: { auth_url: "https://keystone.example.org/v3", user_id: u, project_id: q }
            """;

    @TempDir
    Path dir;

    private Path home;
    private Path site;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        site = dir.resolve("site.yaml");
        Path clouds = Files.createDirectories(home.resolve(".config/openstack")).resolve("clouds.yaml");
        Files.writeString(clouds, CLOUDS);
        env.put("OS_PASSWORD", "from-the-environment");
    }

    private SiteFileReader reader() {
        CloudsSearch search = new CloudsSearch(env, home, dir, dir.resolve("etc"));
        return new SiteFileReader(home, new CloudResolver(search, env));
    }

    private List<String> problemsOf(String yaml) throws IOException {
        Files.writeString(site, yaml);
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> reader().read(site));
        assertThat(e).as("the site file is refused").isNotNull();
        return e.problems();
    }

    @Test
    void environmentsWhoseCloudsResolveAreAccepted() throws Exception {
        Files.writeString(site, """
                site: S
                environments:
                  - { id: int, name: Int, openstack: { cloud: fsgs-integration } }
                  - { id: prod, name: Prod, openstack: { cloud: fsgs-production, read-timeout: 2m } }
                """);

        SiteConfig config = reader().read(site);

        OpenStackConfig prod = config.environments().get(1).openstack().orElseThrow();
        assertThat(prod.readTimeout()).contains(Duration.ofMinutes(2));
        assertThat(prod.connectTimeout()).isEmpty();
        assertThat(prod.cloudAt()).contains(new FilePosition(site, 4, 49));
    }

    @Test
    void anUnknownCloudIsReportedAtItsCloudLineAmongTheFilesOtherProblems() throws Exception {
        assertThat(problemsOf("""
                site: S
                refresh: often
                environments:
                  - id: int
                    name: Int
                    openstack:
                      cloud: fsgs-int
                """)).containsExactly(
                site + ":2:10: 'refresh' is not a duration: 'often' — write a number above zero and a unit: 500ms, 15s,"
                        + " 2m or 1h",
                site + ":7:14: cloud 'fsgs-int' is not in ~/.config/openstack/clouds.yaml (it has: fsgs-integration,"
                        + " fsgs-production) — check the name against that file's 'clouds:' entries, or point"
                        + " clouds-file: at the clouds.yaml that has it");
    }

    @Test
    void aMissingPasswordIsReportedInClouldsYamlAtTheEntry() throws Exception {
        env.remove("OS_PASSWORD");

        assertThat(problemsOf("site: S\nenvironments: [{ id: a, name: A, openstack: { cloud: fsgs-production } }]\n"))
                .containsExactly(home.resolve(".config/openstack/clouds.yaml") + ":4:3: cloud 'fsgs-production' has no"
                        + " password — add password under auth: of 'fsgs-production' in ~/.config/openstack/secure.yaml,"
                        + " or set OS_PASSWORD");
    }

    @Test
    void aBrokenCloudsYamlSharedByTwoEnvironmentsIsReportedOnce() throws Exception {
        Files.writeString(home.resolve(".config/openstack/clouds.yaml"), "clouds:\n  a: [\n");

        assertThat(problemsOf("""
                site: S
                environments:
                  - { id: int, name: Int, openstack: { cloud: fsgs-integration } }
                  - { id: prod, name: Prod, openstack: { cloud: fsgs-production } }
                """)).singleElement().asString().startsWith(home.resolve(".config/openstack/clouds.yaml") + ":3:1:");
    }

    @Test
    void timeoutsMustBeDurations() throws Exception {
        assertThat(problemsOf("""
                site: S
                environments:
                  - id: a
                    name: A
                    openstack: { cloud: fsgs-integration, connect-timeout: 10, read-timeout: 0s }
                """)).containsExactly(
                site + ":5:60: 'connect-timeout' is not a duration: '10' — write a number above zero and a unit:"
                        + " 500ms, 10s or 2m",
                site + ":5:78: 'read-timeout' is not a duration: '0s' — write a number above zero and a unit:"
                        + " 500ms, 10s or 2m");
    }

    @Test
    void theFileAloneIsReadWithoutLookingForClouds() throws Exception {
        Files.writeString(site, "site: S\nenvironments: [{ id: a, name: A, openstack: { cloud: nowhere } }]\n");

        assertThat(new SiteFileReader(home).read(site).environments()).hasSize(1);
    }

    @Test
    void theLoaderRefusesASiteWhoseCloudIsMissingSoCheckConfigAndTheWindowSayItUpFront() throws Exception {
        Files.writeString(site, "site: S\nenvironments: [{ id: a, name: A, openstack: { cloud: nowhere } }]\n");
        SiteLoader loader = new SiteLoader(new SiteFileLocator(Map.of(), home), reader(), new SiteAssembler(),
                () -> new Site("Demo", true, Duration.ofSeconds(5), List.of()));

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(Optional.of(site)));

        assertThat(e.problems()).singleElement().asString().startsWith(site + ":2:54: cloud 'nowhere' is not in");
    }
}
