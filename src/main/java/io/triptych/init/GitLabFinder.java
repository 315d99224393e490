package io.triptych.init;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * GitLab servers: the hosts of glab's config ({@code ~/.config/glab-cli/config.yml}) and the git remotes of
 * the current folder's repository that point at a GitLab (a glab host, or a host named gitlab…). Tokens are
 * never read out: the site file names the variable that will hold one.
 */
final class GitLabFinder {
    private static final Pattern SCP = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$");
    private static final Pattern REMOTE = Pattern.compile("^\\s*\\[remote \"([^\"]+)\"\\]\\s*$");
    private static final Pattern URL = Pattern.compile("^\\s*url\\s*=\\s*(\\S+)\\s*$");

    private GitLabFinder() {
    }

    private record Host(URI url, String origin, List<String> projects) {
    }

    static void find(Machine m, String tokenEnv, Discovered.Builder out) {
        Map<String, Host> hosts = new LinkedHashMap<>();
        Path glab = glabConfig(m);
        glabHosts(glab, out).forEach((host, protocol) -> hosts.put(host,
                new Host(URI.create(protocol + "://" + host), m.show(glab), new ArrayList<>())));
        gitConfig(m.cwd()).ifPresent(git -> remotes(git).forEach(url -> parse(url).ifPresent(hp -> {
            String host = hp[0].toLowerCase(Locale.ROOT);
            if (hosts.containsKey(host) || host.contains("gitlab")) {
                String scheme = url.startsWith("http://") ? "http" : "https";
                Host h = hosts.computeIfAbsent(host, k -> new Host(URI.create(scheme + "://" + k), m.show(git),
                        new ArrayList<>()));
                if (!h.projects.contains(hp[1])) {
                    h.projects.add(hp[1]);
                }
            }
        })));
        hosts.forEach((host, h) -> out.add(new Found.GitLab(host, h.url, h.projects, tokenEnv, h.origin)));
    }

    /** $GLAB_CONFIG_DIR, else $XDG_CONFIG_HOME/glab-cli, else ~/.config/glab-cli. */
    private static Path glabConfig(Machine m) {
        String dir = m.env().getOrDefault("GLAB_CONFIG_DIR", "").strip();
        String xdg = m.env().getOrDefault("XDG_CONFIG_HOME", "").strip();
        Path base = !dir.isEmpty() ? m.path(dir) : !xdg.isEmpty() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg).resolve("glab-cli") : m.home().resolve(".config").resolve("glab-cli");
        return base.resolve("config.yml");
    }

    /** Host → "https" or "http"; only the names and protocols are kept. */
    private static Map<String, String> glabHosts(Path file, Discovered.Builder out) {
        Map<String, String> hosts = new LinkedHashMap<>();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1024 * 1024) {
                return hosts;
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file,
                    StandardCharsets.UTF_8));
            if (root instanceof Map<?, ?> r && r.get("hosts") instanceof Map<?, ?> h) {
                h.forEach((k, v) -> {
                    String protocol = v instanceof Map<?, ?> s && "http".equals(s.get("api_protocol")) ? "http" : "https";
                    hosts.put(String.valueOf(k).toLowerCase(Locale.ROOT), protocol);
                });
            }
        } catch (IOException | RuntimeException e) {
            // The parser's message could quote a token: say where only.
            out.notes.add(file + ": not a glab configuration file; skipped");
        }
        return hosts;
    }

    /** The .git/config of the current folder's repository (found upwards), if any. */
    private static Optional<Path> gitConfig(Path cwd) {
        for (Path d = cwd; d != null; d = d.getParent()) {
            Path c = d.resolve(".git").resolve("config");
            if (Files.isRegularFile(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static List<String> remotes(Path gitConfig) {
        List<String> urls = new ArrayList<>();
        try {
            boolean inRemote = false;
            for (String line : Files.readAllLines(gitConfig, StandardCharsets.UTF_8)) {
                if (line.strip().startsWith("[")) {
                    inRemote = REMOTE.matcher(line).matches();
                } else if (inRemote) {
                    Matcher u = URL.matcher(line);
                    if (u.matches()) {
                        urls.add(u.group(1));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return urls;
    }

    /** {host, group/project} of a remote URL (https://, ssh://, git@host:path), credentials dropped. */
    static Optional<String[]> parse(String url) {
        String host;
        String path;
        if (url.contains("://")) {
            try {
                URI u = URI.create(url);
                host = u.getHost() == null ? null : u.getHost() + (u.getPort() < 0 || u.getScheme().startsWith("ssh")
                        ? "" : ":" + u.getPort());
                path = u.getPath();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        } else {
            Matcher s = SCP.matcher(url);
            if (!s.matches()) {
                return Optional.empty();
            }
            host = s.group(1);
            path = s.group(2);
        }
        if (host == null || path == null) {
            return Optional.empty();
        }
        path = path.replaceFirst("^/+", "").replaceFirst("\\.git/?$", "").replaceFirst("/+$", "");
        return path.contains("/") ? Optional.of(new String[] {host, path}) : Optional.empty();
    }
}
