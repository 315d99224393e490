package io.triptych.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A made-up operator's machine under a temporary folder: a home with a clouds.yaml of three clouds, a kubeconfig
 * of two contexts, one Docker CLI context, a glab config, and a work folder whose git remote points at a GitLab,
 * with a Terraform module of two workspaces. Every secret in it is a marker a test can look for in the output.
 */
public final class FakeHome {
    public static final String KUBE_TOKEN = "kube-SECRET-token-never-copied";
    public static final String GLAB_TOKEN = "glpat-SECRET-in-glab-config";

    public final Path root;
    public final Path home;
    public final Path work;

    public FakeHome(Path root) throws IOException {
        this.root = root;
        this.home = Files.createDirectories(root.resolve("home/zoe"));
        this.work = Files.createDirectories(home.resolve("work/sdb-api"));
    }

    /** clouds.yaml: one entry per name, each the text FakeOpenStack.cloudsEntry gives. */
    public FakeHome clouds(String entries) throws IOException {
        write(home.resolve(".config/openstack/clouds.yaml"), "clouds:\n" + entries);
        return this;
    }

    /** ~/.kube/config: contexts kind-int (namespace fsgs-int) and kind-prod (fsgs-prod) on one API server. */
    public FakeHome kubeconfig(String server) throws IOException {
        write(home.resolve(".kube/config"), String.join("\n",
                "apiVersion: v1", "kind: Config",
                "clusters:", "- name: kind", "  cluster:", "    server: " + server,
                "users:", "- name: zoe", "  user:", "    token: " + KUBE_TOKEN,
                "contexts:",
                "- name: kind-int", "  context: {cluster: kind, user: zoe, namespace: fsgs-int}",
                "- name: kind-prod", "  context: {cluster: kind, user: zoe, namespace: fsgs-prod}",
                "current-context: kind-int", ""));
        return this;
    }

    /** A Docker CLI context, as `docker context create NAME --docker host=HOST` leaves it. */
    public FakeHome dockerContext(String name, String host) throws IOException {
        write(home.resolve(".docker/contexts/meta/" + Integer.toHexString(name.hashCode()) + "/meta.json"),
                "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host
                        + "\",\"SkipTLSVerify\":false}}}");
        return this;
    }

    /** glab's config naming one host (with its token, which init must never copy) and the work folder's remote. */
    public FakeHome gitlab(String hostAndPort, String protocol, String project) throws IOException {
        write(home.resolve(".config/glab-cli/config.yml"), "git_protocol: ssh\nhosts:\n  " + hostAndPort + ":\n"
                + "    token: " + GLAB_TOKEN + "\n    api_protocol: " + protocol + "\n    api_host: " + hostAndPort + "\n");
        write(work.resolve(".git/config"), "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = " + protocol + "://"
                + hostAndPort + "/" + project + ".git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        return this;
    }

    /** infra/terraform with workspaces int and prod. */
    public FakeHome terraform() throws IOException {
        write(work.resolve("infra/terraform/main.tf"), "terraform {}\n");
        Files.createDirectories(work.resolve("infra/terraform/terraform.tfstate.d/int"));
        Files.createDirectories(work.resolve("infra/terraform/terraform.tfstate.d/prod"));
        return this;
    }

    public Machine machine(Map<String, String> env) {
        return new Machine(env, home, work, root);
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
