package io.triptych.config.clouds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** openstacksdk's search order: each place wins over the ones after it; the site file's clouds-file over all. */
class CloudsSearchTest {
    @TempDir
    Path root;

    private CloudsFixture f;
    private Path fromVariable;
    private Path inCwd;
    private Path inUserConfig;
    private Path inEtc;

    @BeforeEach
    void everyPlaceHoldsAClouds() {
        f = new CloudsFixture(root);
        fromVariable = f.write(root.resolve("elsewhere/my-clouds.yaml"), "clouds: {}\n");
        inCwd = f.write(f.cwd.resolve("clouds.yaml"), "clouds: {}\n");
        inUserConfig = f.write(f.userClouds(), "clouds: {}\n");
        inEtc = f.write(f.etc.resolve("openstack/clouds.yaml"), "clouds: {}\n");
        f.env.put("OS_CLIENT_CONFIG_FILE", fromVariable.toString());
    }

    private Optional<Path> found() {
        return f.search().cloudsFile(Optional.empty());
    }

    @Test
    void osClientConfigFileWinsOverEveryFolder() {
        assertThat(found()).contains(fromVariable);
    }

    @Test
    void theCurrentFolderWinsOverTheUserAndSystemFolders() {
        f.env.clear();
        assertThat(found()).contains(inCwd);
    }

    @Test
    void theUserFolderWinsOverEtc() throws Exception {
        f.env.clear();
        Files.delete(inCwd);
        assertThat(found()).contains(inUserConfig);
    }

    @Test
    void etcOpenstackIsTheLastPlace() throws Exception {
        f.env.clear();
        Files.delete(inCwd);
        Files.delete(inUserConfig);
        assertThat(found()).contains(inEtc);
    }

    @Test
    void aMissingOsClientConfigFileIsSkippedAsOpenstacksdkDoes() {
        f.env.put("OS_CLIENT_CONFIG_FILE", root.resolve("nowhere.yaml").toString());
        assertThat(found()).contains(inCwd);
    }

    @Test
    void theSiteFilesCloudsFileWinsOverEverything() {
        Path mine = f.write(root.resolve("site/clouds.yaml"), "clouds: {}\n");
        assertThat(f.search().cloudsFile(Optional.of(mine))).contains(mine);
    }

    @Test
    void xdgConfigHomeComesBeforeTheDotConfigFolder() throws Exception {
        f.env.clear();
        Files.delete(inCwd);
        Path xdg = f.write(root.resolve("xdg/openstack/clouds.yaml"), "clouds: {}\n");
        f.env.put("XDG_CONFIG_HOME", root.resolve("xdg").toString());
        assertThat(found()).contains(xdg);
    }

    @Test
    void ymlAndJsonAreFoundLikeYaml() throws Exception {
        f.env.clear();
        Files.delete(inCwd);
        Files.delete(inUserConfig);
        Path yml = f.write(f.home.resolve(".config/openstack/clouds.yml"), "clouds: {}\n");
        assertThat(found()).contains(yml);
    }

    @Test
    void secureYamlIsFoundThroughItsOwnVariableFirst() {
        Path secure = f.write(root.resolve("vault/secure.yaml"), "clouds: {}\n");
        f.write(f.userSecure(), "clouds: {}\n");
        f.env.put("OS_CLIENT_SECURE_FILE", secure.toString());
        assertThat(f.search().secureFile(Optional.of(inUserConfig))).contains(secure);
    }

    @Test
    void secureYamlBesideACloudsFileOutsideTheSearchPathWinsOverTheSearchFolders() {
        Path mine = f.write(root.resolve("site/clouds.yaml"), "clouds: {}\n");
        Path beside = f.write(root.resolve("site/secure.yaml"), "clouds: {}\n");
        f.write(f.userSecure(), "clouds: {}\n");
        assertThat(f.search().secureFile(Optional.of(mine))).contains(beside);
    }

    @Test
    void secureYamlIsSearchedInTheSameFoldersAsCloudsYaml() {
        Path secure = f.write(f.etc.resolve("openstack/secure.yaml"), "clouds: {}\n");
        assertThat(f.search().secureFile(Optional.of(inUserConfig))).contains(secure);
    }

    @Test
    void theSearchedPlacesAreListedForAMessageWithHomeAsTilde() {
        assertThat(f.search().searched()).containsExactly("OS_CLIENT_CONFIG_FILE=" + fromVariable,
                f.cwd.toString(), "~/.config/openstack", f.etc.resolve("openstack").toString());
    }
}
