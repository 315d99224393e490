package io.triptych.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What init finds on a made-up machine, read from files only (the Docker stacks from an injected lister). */
class DiscoveryTest {
    @TempDir
    Path dir;

    @Test
    void findsEachKindWhereItsOwnToolLooks() throws Exception {
        FakeHome fake = new FakeHome(dir).clouds("  a-int: {auth: {auth_url: \"http://x/v3\"}}\n"
                        + "  b-prod: {auth: {auth_url: \"http://x/v3\"}}\n")
                .kubeconfig("https://k:6443").dockerContext("tls-ctx", "tcp://swarm.example.org:2376")
                .gitlab("gitlab.example.org", "https", "svom/fsc/sdb-api").terraform();
        Path tls = fake.home.resolve(".docker/contexts/tls/" + Integer.toHexString("tls-ctx".hashCode()) + "/docker");
        Files.createDirectories(tls);
        for (String f : List.of("ca.pem", "cert.pem", "key.pem")) {
            Files.writeString(tls.resolve(f), "x");
        }
        fake.dockerContext("remote", "ssh://ops@far");
        Path tf = fake.work.resolve("infra/terraform");
        Files.createDirectories(tf.resolve(".terraform"));
        Files.writeString(tf.resolve(".terraform/environment"), "pp\n");
        Files.createDirectories(fake.work.resolve("ops/ansible/inventories/staging"));
        Files.writeString(fake.work.resolve("ops/ansible/site.yml"), "- hosts: all\n");
        Files.createDirectories(fake.root.resolve("var/run"));
        Files.writeString(fake.root.resolve("var/run/docker.sock"), "");
        List<Found.Docker> asked = new CopyOnWriteArrayList<>();

        Discovered d = new Discovery(fake.machine(Map.of("DOCKER_HOST", "tcp://10.0.0.9:2376", "DOCKER_TLS_VERIFY",
                "1", "DOCKER_CERT_PATH", "~/certs")), docker -> {
                    asked.add(docker);
                    return docker.name().equals("tls-ctx") ? Optional.of(List.of("int", "prod")) : Optional.empty();
                }, "GL_TOKEN").run();

        assertThat(d.items()).extracting(Found::ref).containsExactly("cloud:a-int", "cloud:b-prod",
                "context:kind-int", "context:kind-prod", "docker:docker-host", "docker:tls-ctx/int",
                "docker:tls-ctx/prod", "docker:local", "gitlab:gitlab.example.org", "terraform:infra/terraform@int",
                "terraform:infra/terraform@prod", "terraform:infra/terraform@pp", "ansible:ops/ansible/inventories/staging");
        Found.Docker env = (Found.Docker) d.items().get(4);
        assertThat(env.host()).isEqualTo("tcp://10.0.0.9:2376");
        assertThat(env.certPath()).contains(fake.home.resolve("certs"));
        assertThat(((Found.Docker) d.items().get(5)).certPath()).contains(tls);
        assertThat(((Found.Docker) d.items().get(7)).host()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(((Found.GitLab) d.items().get(8)).projects()).containsExactly("svom/fsc/sdb-api");
        assertThat(((Found.GitLab) d.items().get(8)).tokenEnv()).isEqualTo("GL_TOKEN");
        assertThat(((Found.Ansible) d.items().get(12)).playbook()).contains(fake.work.resolve("ops/ansible/site.yml"));
        assertThat(d.notes()).singleElement().asString().contains("ssh://ops@far").contains("not supported");
        assertThat(asked).extracting(Found.Docker::name).containsExactly("docker-host", "tls-ctx", "local");
        assertThat(d.items().toString()).doesNotContain(FakeHome.KUBE_TOKEN).doesNotContain(FakeHome.GLAB_TOKEN);
    }

    @Test
    void kubeconfigFilesAreMergedAndAContextSplitAcrossFilesNamesNoSingleFile() throws Exception {
        Path a = Files.writeString(dir.resolve("a"), "contexts:\n- name: ops-prod\n  context: {cluster: c, user: u}\n");
        Path b = Files.writeString(dir.resolve("b"), "clusters:\n- name: c\n  cluster: {server: \"https://c\"}\n"
                + "users:\n- name: u\n  user: {token: t}\ncontexts:\n- name: lab-dev\n  context: {cluster: c, user: u}\n");
        Machine m = new Machine(Map.of("KUBECONFIG", a + File.pathSeparator + b), dir, dir, dir);

        Discovered d = new Discovery(m, x -> Optional.empty(), "GITLAB_TOKEN").run();

        assertThat(d.of(Kind.CONTEXT)).extracting(Found::name).containsExactly("ops-prod", "lab-dev");
        assertThat(((Found.KubeContext) d.of(Kind.CONTEXT).get(0)).kubeconfig()).isEmpty();
        assertThat(((Found.KubeContext) d.of(Kind.CONTEXT).get(1)).kubeconfig()).contains(b);
    }

    @Test
    void remoteAddressesOfEveryFormGiveHostAndProject() {
        assertThat(GitLabFinder.parse("git@gitlab.example.org:svom/fsc/sdb-api.git")).hasValueSatisfying(
                hp -> assertThat(hp).containsExactly("gitlab.example.org", "svom/fsc/sdb-api"));
        assertThat(GitLabFinder.parse("https://oauth2:secret@gitlab.example.org/svom/web.git")).hasValueSatisfying(
                hp -> assertThat(hp).containsExactly("gitlab.example.org", "svom/web"));
        assertThat(GitLabFinder.parse("ssh://git@gitlab.example.org:2222/svom/web.git")).hasValueSatisfying(
                hp -> assertThat(hp).containsExactly("gitlab.example.org", "svom/web"));
        assertThat(GitLabFinder.parse("/srv/git/local.git")).isEmpty();
    }
}
