package io.triptych.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and checks a site file before anything connects. Every problem of the file is reported at
 * once, each as {@code FILE:LINE:COLUMN: what is wrong — what to do}.
 */
public final class SiteFileReader {
    static final List<String> KEYS = List.of("site", "refresh", "team", "environments");
    private static final String ENVIRONMENTS_TODO = "list at least one, starting with '- id: NAME' under 'environments:'";

    private final Path home;
    private final CloudCheck cloudCheck;
    private final boolean filesChecked;

    /** Checks the file alone: the clouds and the kubeconfig files its environments name are not looked up. */
    public SiteFileReader(Path home) {
        this(home, CloudCheck.NONE, false);
    }

    /**
     * Checks the file and what it names: each cloud, and that each kubeconfig it names is a file.
     *
     * @param home       what {@code ~/} means in paths
     * @param cloudCheck checks each openstack block's cloud, its problems joining the file's own
     */
    public SiteFileReader(Path home, CloudCheck cloudCheck) {
        this(home, cloudCheck, true);
    }

    private SiteFileReader(Path home, CloudCheck cloudCheck, boolean filesChecked) {
        this.home = home;
        this.cloudCheck = cloudCheck;
        this.filesChecked = filesChecked;
    }

    /**
     * This user's home, each cloud checked by {@code cloudCheck} (the launcher passes
     * {@code config.clouds.CloudResolver.forSystem()}: this package does not know the clouds package, which
     * builds on it).
     */
    public static SiteFileReader forUser(CloudCheck cloudCheck) {
        return new SiteFileReader(Path.of(System.getProperty("user.home")), cloudCheck);
    }

    public SiteConfig read(Path file) throws ConfigException {
        ConfigProblems problems = new ConfigProblems(file);
        Optional<String> text = SiteFileText.read(file, problems);
        problems.throwIfAny();
        return parse(file, text.orElseThrow(), problems);
    }

    /** Reads {@code text} as if it were the content of {@code file} (which need not exist). */
    public SiteConfig read(Path file, String text) throws ConfigException {
        return parse(file, text, new ConfigProblems(file));
    }

    private SiteConfig parse(Path file, String text, ConfigProblems problems) throws ConfigException {
        Optional<Node> root = YamlDocument.compose(text, problems);
        problems.throwIfAny();
        if (root.isEmpty()) {
            problems.at(1, 1, "the file is empty",
                    "write at least 'site: NAME' and 'environments:' with one '- id:' entry");
            problems.throwIfAny();
        }
        SecretKeys.scan(root.get(), problems);
        Optional<SiteConfig> config = YamlMap.open(root.get(), "the site file", KEYS, problems)
                .flatMap(m -> site(file, m, problems));
        problems.throwIfAny();
        return config.orElseThrow();
    }

    private Optional<SiteConfig> site(Path file, YamlMap m, ConfigProblems problems) {
        Optional<String> site = m.requiredString("site", "name the site, shown in the title bar: site: NAME");
        Duration refresh = m.parsed("refresh", ValueFormats::duration, "'refresh' is not a duration:",
                "write a number above zero and a unit: 500ms, 15s, 2m or 1h").orElse(SiteConfig.DEFAULT_REFRESH);
        Optional<TeamConfig> team = m.map("team", TeamBlock.KEYS).flatMap(t -> new TeamBlock(problems,
                new AddressValues(problems, filesChecked)).read(t));
        List<EnvironmentConfig> environments = environments(file, m, problems);
        return site.map(name -> new SiteConfig(file, name, refresh, environments, team));
    }

    private List<EnvironmentConfig> environments(Path file, YamlMap m, ConfigProblems problems) {
        if (!m.require("environments", ENVIRONMENTS_TODO)) {
            return List.of();
        }
        Optional<Node> value = m.value("environments");
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode)) {
            problems.at(value.get(), "'environments' must be a list, not " + Nodes.describe(value.get()),
                    ENVIRONMENTS_TODO);
            return List.of();
        }
        if (((SequenceNode) value.get()).getValue().isEmpty()) {
            problems.at(value.get(), "'environments' is empty", ENVIRONMENTS_TODO);
            return List.of();
        }
        EnvironmentReader reader = new EnvironmentReader(new SitePaths(file, home), problems, cloudCheck,
                filesChecked);
        List<EnvironmentConfig> environments = new ArrayList<>();
        List<Node> items = ((SequenceNode) value.get()).getValue();
        for (int i = 0; i < items.size(); i++) {
            reader.read(items.get(i), i + 1).ifPresent(environments::add);
        }
        return environments;
    }
}
