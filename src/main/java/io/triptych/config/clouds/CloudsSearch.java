package io.triptych.config.clouds;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where clouds.yaml and secure.yaml are looked for, as openstacksdk does: {@code OS_CLIENT_CONFIG_FILE}
 * (secure: {@code OS_CLIENT_SECURE_FILE}), then the current folder, {@code $XDG_CONFIG_HOME/openstack},
 * {@code ~/.config/openstack}, {@code /etc/openstack}, each as .yaml, .yml, .json; the first that exists
 * wins. A site file's {@code clouds-file:} replaces the clouds.yaml search, and secure.yaml is then
 * looked for beside it first (docs/adr/0006-clouds-yaml.md says why).
 */
public final class CloudsSearch {
    public static final String CONFIG_FILE_VARIABLE = "OS_CLIENT_CONFIG_FILE";
    public static final String SECURE_FILE_VARIABLE = "OS_CLIENT_SECURE_FILE";
    private static final List<String> SUFFIXES = List.of(".yaml", ".yml", ".json");

    private final Map<String, String> env;
    private final Path home;
    private final Path cwd;
    private final Path etc;

    /** @param etc what {@code /etc} is (a temporary folder in tests) */
    public CloudsSearch(Map<String, String> env, Path home, Path cwd, Path etc) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.cwd = cwd.toAbsolutePath();
        this.etc = etc;
    }

    public static CloudsSearch forSystem() {
        return new CloudsSearch(System.getenv(), Path.of(System.getProperty("user.home")), Path.of(""),
                Path.of("/etc"));
    }

    Path home() {
        return home;
    }

    Path cwd() {
        return cwd;
    }

    /** A path as a user would type it: {@code ~/.config/openstack/clouds.yaml}. */
    String show(Path path) {
        return CloudsProblems.show(path, home);
    }

    /** The folders searched after the variable, in order, without repeats. */
    List<Path> folders() {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(cwd);
        xdgConfigHome().ifPresent(x -> folders.add(x.resolve("openstack")));
        folders.add(home.resolve(".config").resolve("openstack"));
        folders.add(etc.resolve("openstack"));
        return List.copyOf(folders);
    }

    /** The clouds.yaml to read: {@code explicit} alone when given (even if missing), else the first found. */
    Optional<Path> cloudsFile(Optional<Path> explicit) {
        return explicit.isPresent() ? explicit : first(candidates(CONFIG_FILE_VARIABLE, List.of(), "clouds"));
    }

    /** The secure.yaml to merge: the variable's, then one beside {@code cloudsFile}, then the search folders. */
    Optional<Path> secureFile(Optional<Path> cloudsFile) {
        List<Path> beside = cloudsFile.map(f -> f.toAbsolutePath().getParent()).stream().toList();
        return first(candidates(SECURE_FILE_VARIABLE, beside, "secure"));
    }

    /** The places a clouds.yaml was looked for, for a message saying none was found. */
    List<String> searched() {
        List<String> places = new ArrayList<>();
        variable(CONFIG_FILE_VARIABLE).ifPresent(p -> places.add(CONFIG_FILE_VARIABLE + "=" + CloudsProblems.show(p, home)));
        folders().forEach(f -> places.add(CloudsProblems.show(f, home)));
        return places;
    }

    private List<Path> candidates(String variable, List<Path> firstFolders, String base) {
        List<Path> files = new ArrayList<>();
        variable(variable).ifPresent(files::add);
        List<Path> folders = new ArrayList<>(firstFolders);
        folders.addAll(folders());
        for (Path folder : new LinkedHashSet<>(folders)) {
            SUFFIXES.forEach(suffix -> files.add(folder.resolve(base + suffix)));
        }
        return files;
    }

    private static Optional<Path> first(List<Path> candidates) {
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /** As the XDG spec says, a relative XDG_CONFIG_HOME is ignored. */
    private Optional<Path> xdgConfigHome() {
        try {
            return Optional.of(Path.of(env.getOrDefault("XDG_CONFIG_HOME", "").trim())).filter(Path::isAbsolute);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A path-valued variable; {@code ~/} means home, relative means the current folder. */
    private Optional<Path> variable(String name) {
        String value = env.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.startsWith("~/") ? home.resolve(value.substring(2)) : cwd.resolve(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
