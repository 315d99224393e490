package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The site file's team: block: what it yields, and the FILE:LINE:COLUMN line each mistake earns. */
class TeamBlockTest {
    private static final Path FILE = Path.of("/etc/triptych/site.yaml");
    private static final String ENVIRONMENTS = "environments: [{id: a, name: A, swarm: {}}]\n";

    private static SiteConfig read(String yaml) throws ConfigException {
        return new SiteFileReader(Path.of("/home/op")).read(FILE, yaml);
    }

    private static List<String> problems(String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> read(yaml));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    private static String at(int line, int column, String rest) {
        return FILE + ":" + line + ":" + column + ": " + rest;
    }

    @Test
    void aTeamBlockNamesTheProjectTheTokenVariableTheLabelsAndCloseOnClear() throws Exception {
        SiteConfig config = read("""
                site: S
                team:
                  url: https://gitlab.example.org
                  project: ops/incidents
                  token-env: TEAM_GITLAB_TOKEN
                  labels: [ops, on-call]
                  close-on-clear: true
                """ + ENVIRONMENTS);
        assertThat(config.team()).contains(new TeamConfig(URI.create("https://gitlab.example.org"), "ops/incidents",
                "TEAM_GITLAB_TOKEN", List.of("ops", "on-call"), true));
    }

    @Test
    void labelsAndCloseOnClearAreOptional() throws Exception {
        SiteConfig config = read("site: S\nteam: {url: https://gitlab.example.org, project: ops/incidents,"
                + " token-env: T}\n" + ENVIRONMENTS);
        assertThat(config.team().orElseThrow().labels()).isEmpty();
        assertThat(config.team().orElseThrow().closeOnClear()).isFalse();
    }

    @Test
    void withoutATeamBlockThereIsNoTeam() throws Exception {
        assertThat(read("site: S\n" + ENVIRONMENTS).team()).isEqualTo(Optional.empty());
    }

    @Test
    void anUnknownKeyGetsTheClosestKnownOne() {
        assertThat(problems("""
                site: S
                team:
                  url: https://gitlab.example.org
                  project: ops/incidents
                  token-env: T
                  close-on-clean: true
                """ + ENVIRONMENTS)).containsExactly(
                at(6, 3, "unknown key 'close-on-clean' in 'team' — did you mean 'close-on-clear'?"));
    }

    @Test
    void missingKeysAndBadValuesAreEachReportedWhereTheyStand() {
        assertThat(problems("""
                site: S
                team:
                  url: gitlab.example.org
                  token-env: glpat-abcdef
                  labels: [ops, "a,b"]
                  close-on-clear: maybe
                """ + ENVIRONMENTS)).containsExactly(
                at(3, 3, "missing 'project' in 'team' — name the project that holds the team's incidents:"
                        + " project: group/incidents"),
                at(3, 8, "'url' is not a web address: 'gitlab.example.org' — write the team's GitLab address, like"
                        + " https://gitlab.example.org"),
                at(4, 14, "'token-env' is not an environment variable name — write the name of the variable that"
                        + " holds the token (like TEAM_GITLAB_TOKEN), not the token"),
                at(5, 17, "label 'a,b' holds a comma — write one label per item, like labels: [ops, on-call]"),
                at(6, 19, "'close-on-clear' must be true or false, not 'maybe' — write close-on-clear: true or"
                        + " close-on-clear: false"));
    }
}
