package io.triptych.cli;

import io.triptych.domain.InsecureLink;
import io.triptych.source.Site;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * {@code triptych check-config}, once the site file was read and accepted: says which file is used and
 * what it declares. A refused file never gets here: the caller prints its errors with {@link Errors}.
 */
public final class CheckConfigCommand {

    public int run(SiteOrigin origin, Site site, PrintStream out) {
        return run(origin, site, java.util.Optional.empty(), v -> true, out);
    }

    /**
     * @param teamTokenEnv the variable the site file's team block reads its token from (its value is never read
     *                     here, only whether it is set)
     */
    public int run(SiteOrigin origin, Site site, java.util.Optional<String> teamTokenEnv,
                   java.util.function.Predicate<String> variableSet, PrintStream out) {
        String environments = site.environments().size() + " environment"
                + (site.environments().size() == 1 ? "" : "s") + ": "
                + site.environments().stream().map(e -> e.environment().id()).collect(Collectors.joining(", "));
        if (origin.file().isPresent()) {
            out.println(origin.file().get() + ": " + environments + " — OK");
        } else {
            String searched = origin.searched().stream().map(Path::toString).collect(Collectors.joining(", "));
            out.println("No site file (looked for " + (searched.isEmpty() ? "none" : searched)
                    + "): the built-in demo site, " + environments);
        }
        site.team().ifPresent(t -> out.println("team: incidents in " + t.tracker()
                + (t.closeOnClear() ? "; closed when their problem clears" : "; a note when their problem clears")));
        teamTokenEnv.filter(v -> !variableSet.test(v)).ifPresent(v -> out.println("warning: team: the environment"
                + " variable " + v + " is not set — set it to a GitLab personal access token with the api scope"
                + " before starting Triptych, or the team's incidents will not be read"));
        site.environments().forEach(e -> e.environment().insecure().forEach(link ->
                out.println("warning: " + e.environment().id() + ": " + link.describe() + " — " + remedy(link))));
        out.flush();
        return ExitCodes.OK;
    }

    /** What would make the link secure. */
    private static String remedy(InsecureLink link) {
        return switch (link) {
            case SWARM_PLAIN_TCP -> "use TLS: tls-verify: true and cert-path: FOLDER";
            case OPENSTACK_UNVERIFIED -> "give clouds.yaml a CA bundle with cacert: PATH instead of verify: false";
            case KUBERNETES_UNVERIFIED -> "give the kubeconfig cluster its certificate-authority";
            case GITLAB_PLAIN_HTTP -> "use https://";
        };
    }
}
