package io.triptych.config;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an environment's backend blocks (openstack, swarm, kubernetes, gitlab, terraform, ansible).
 * Each reads every key, so all its problems are reported, and yields a record only when it is clean.
 */
final class BackendBlocks {
    static final List<String> OPENSTACK = List.of("cloud", "clouds-file", "dashboard", "region",
            "connect-timeout", "read-timeout");
    static final List<String> SWARM = List.of("host", "tls", "tls-verify", "cert-path", "stacks");
    static final List<String> KUBERNETES = List.of("kubeconfig", "context", "namespaces");
    static final List<String> GITLAB = List.of("url", "token-env", "projects", "ref", "limit",
            "environment");
    static final List<String> TERRAFORM = List.of("dir", "workspace", "var-file", "binary",
            "lock-timeout");
    static final List<String> ANSIBLE = List.of("dir", "inventory", "playbook");
    private static final String URL_TODO = "write a full address, like https://gitlab.example.org";

    private final SitePaths paths;
    private final ConfigProblems problems;
    private final CloudCheck cloudCheck;
    private final AddressValues addresses;

    BackendBlocks(SitePaths paths, ConfigProblems problems, CloudCheck cloudCheck, AddressValues addresses) {
        this.paths = paths;
        this.problems = problems;
        this.cloudCheck = cloudCheck;
        this.addresses = addresses;
    }

    /** The block, checked against its clouds.yaml once it is clean (the cloud's problems reported at 'cloud:'). */
    Optional<OpenStackConfig> openstack(YamlMap m) {
        int before = problems.count();
        Optional<String> cloud = m.requiredString("cloud", "name the clouds.yaml entry: cloud: NAME");
        Optional<Path> cloudsFile = path(m, "clouds-file", paths::resolve);
        Optional<URI> dashboard = addresses.web(m, "dashboard", "write Horizon's address, like https://horizon.example.org",
                "remove 'user:password@': Horizon asks for its own login");
        Optional<String> region = m.string("region");
        Optional<Duration> connectTimeout = timeout(m, "connect-timeout");
        Optional<Duration> readTimeout = timeout(m, "read-timeout");
        if (!clean(before)) {
            return Optional.empty();
        }
        Node cloudNode = m.value("cloud").orElse(m.node());
        OpenStackConfig config = new OpenStackConfig(cloud.get(), cloudsFile, dashboard, region, connectTimeout,
                readTimeout, Optional.of(problems.position(cloudNode)));
        cloudCheck.problems(config).forEach(line -> problems.line(cloudNode, line));
        return clean(before) ? Optional.of(config) : Optional.empty();
    }

    private static Optional<Duration> timeout(YamlMap m, String key) {
        return m.parsed(key, ValueFormats::duration, "'" + key + "' is not a duration:",
                "write a number above zero and a unit: 500ms, 10s or 2m");
    }

    Optional<SwarmConfig> swarm(YamlMap m) {
        int before = problems.count();
        Optional<String> host = m.parsed("host", ValueFormats::dockerHost, "'host' is not a Docker address:",
                "write unix:///var/run/docker.sock or tcp://HOST:2376").filter(h -> addresses.dockerPort(m, "host", h));
        Optional<Boolean> tls = m.has("tls") ? Optional.of(m.bool("tls", true)) : Optional.empty();
        boolean tlsVerify = m.bool("tls-verify", false) || tls.orElse(false);
        Optional<Path> certPath = path(m, "cert-path", paths::resolve);
        List<String> stacks = m.strings("stacks");
        if (!clean(before)) {
            return Optional.empty();
        }
        SwarmConfig config = new SwarmConfig(host, tlsVerify, certPath, stacks);
        SwarmTls.check(m, config, tls, problems);
        return clean(before) ? Optional.of(config) : Optional.empty();
    }

    Optional<KubernetesConfig> kubernetes(YamlMap m) {
        int before = problems.count();
        Optional<Path> kubeconfig = addresses.kubeconfig(m, path(m, "kubeconfig", paths::resolve));
        Optional<String> context = m.string("context");
        List<String> namespaces = m.strings("namespaces");
        return clean(before) ? Optional.of(new KubernetesConfig(kubeconfig, context, namespaces)) : Optional.empty();
    }

    Optional<GitLabConfig> gitlab(YamlMap m) {
        int before = problems.count();
        Optional<URI> url = m.require("url", URL_TODO) ? addresses.web(m, "url", URL_TODO,
                "remove 'user:password@': the token is read from the variable token-env names") : Optional.empty();
        // The value is not echoed: a user who misread the key may have pasted the token itself.
        Optional<String> tokenEnv = m.string("token-env").filter(v -> {
            boolean ok = ValueFormats.variable(v).isPresent();
            if (!ok) {
                problems.at(m.value("token-env").orElse(m.node()), "'token-env' is not an environment variable name",
                        "write the name of the variable that holds the token (like GITLAB_TOKEN), not the token");
            }
            return ok;
        });
        List<String> projects = m.requiredStrings("projects",
                "list the project paths to watch, like projects: [group/project]");
        Optional<String> ref = m.string("ref");
        Optional<Integer> limit = m.parsed("limit", ValueFormats::pipelineLimit, "'limit' is not a number from 1 to "
                + GitLabConfig.MAX_LIMIT + ":", "write how many recent pipelines to show per project, like limit: 10");
        Optional<String> environment = m.string("environment").filter(e -> {
            if (e.isBlank()) {
                problems.at(m.value("environment").orElse(m.node()), "'environment' is blank",
                        "name the GitLab environment whose last deployment to show, like environment: production");
            }
            return !e.isBlank();
        });
        return clean(before) ? Optional.of(new GitLabConfig(url.get(), tokenEnv.orElse(GitLabConfig.DEFAULT_TOKEN_ENV),
                projects, ref, limit.orElse(GitLabConfig.DEFAULT_LIMIT), environment)) : Optional.empty();
    }

    Optional<TerraformConfig> terraform(YamlMap m) {
        int before = problems.count();
        Optional<Path> dir = requiredPath(m, "write the folder of the root module: dir: ../infra/terraform");
        Path base = dir.orElseGet(() -> paths.resolve("."));
        Optional<String> workspace = m.string("workspace");
        Optional<Path> varFile = path(m, "var-file", s -> paths.resolve(base, s));
        Optional<String> binary = m.string("binary").map(paths::program);
        Optional<Duration> lockTimeout = timeout(m, "lock-timeout");
        return clean(before) ? Optional.of(new TerraformConfig(dir.get(), workspace, varFile, binary, lockTimeout))
                : Optional.empty();
    }

    Optional<AnsibleConfig> ansible(YamlMap m) {
        int before = problems.count();
        Optional<Path> dir = requiredPath(m, "write the folder holding the playbooks: dir: ../infra/ansible");
        Path base = dir.orElseGet(() -> paths.resolve("."));
        Optional<Path> inventory = path(m, "inventory", s -> paths.resolve(base, s));
        Optional<Path> playbook = path(m, "playbook", s -> paths.resolve(base, s));
        return clean(before) ? Optional.of(new AnsibleConfig(dir.get(), inventory, playbook)) : Optional.empty();
    }

    private boolean clean(int before) {
        return problems.count() == before;
    }

    private Optional<Path> requiredPath(YamlMap m, String todo) {
        return m.require("dir", todo) ? path(m, "dir", paths::resolve) : Optional.empty();
    }

    private static Optional<Path> path(YamlMap m, String key, Function<String, Path> resolve) {
        return m.parsed(key, text -> {
            try {
                return Optional.of(resolve.apply(text));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }, "'" + key + "' is not a valid path:", "write a path like ./folder/file, ../folder or ~/folder");
    }
}
