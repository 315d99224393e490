package io.triptych.gitlab;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.triptych.text.OneLine;
import io.triptych.source.ReplyLimit;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.gitlab4j.api.GitLabApiException;

/**
 * Turns what gitlab4j and Jersey throw into one line a user can act on. gitlab4j wraps transport failures in
 * GitLabApiException (status 0) around Jersey's ProcessingException, and a body that is not JSON surfaces as a
 * ProcessingException or a GitLabApiException around a Jackson error: the causes are searched.
 */
final class GitLabFailures {
    private final String server;
    private final String tokenEnv;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    GitLabFailures(String server, String tokenEnv, Duration connectTimeout, Duration readTimeout) {
        this.server = server;
        this.tokenEnv = tokenEnv;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    GitLabException of(Throwable e, Call call) {
        if (e instanceof GitLabApiException && ((GitLabApiException) e).getHttpStatus() > 0) {
            return status((GitLabApiException) e, call);
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ReplyLimit.TooLarge) {
                return new GitLabException("reply too large from GitLab at " + server + " for " + call.what() + ": "
                        + c.getMessage());
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException) {
                return new GitLabException("GitLab at " + server + " sent a reply that is not JSON for " + call.what());
            }
            if (c instanceof SocketTimeoutException) {
                boolean connect = String.valueOf(c.getMessage()).toLowerCase().contains("connect");
                return new GitLabException(connect ? "could not connect to GitLab at " + server + " within "
                        + say(connectTimeout) : "no answer from GitLab at " + server + " after " + say(readTimeout)
                        + " (" + call.what() + ")");
            }
            if (c instanceof UnknownHostException) {
                return new GitLabException("unknown host in the GitLab address " + server
                        + " — check url: in the site file");
            }
            if (c instanceof ConnectException) {
                return new GitLabException("connection refused by GitLab at " + server);
            }
            if (c instanceof SSLException) {
                return new GitLabException("TLS with GitLab at " + server + " failed: " + firstLine(c.getMessage())
                        + " — is its certificate trusted by this Java (cacerts)?");
            }
        }
        return new GitLabException("GitLab at " + server + " could not be read for " + call.what() + ": "
                + OneLine.of(e));
    }

    private GitLabException status(GitLabApiException e, Call call) {
        int status = e.getHttpStatus();
        String project = "'" + call.project() + "'";
        switch (status) {
            case 401:
                return new GitLabException("GitLab at " + server + " refused the token in " + tokenEnv
                        + " (401): token invalid or expired — create a personal access token (scope read_api to"
                        + " watch, api to act) and set " + tokenEnv + " to it", status);
            case 403:
                return new GitLabException(call.action() == null
                        ? "GitLab at " + server + " forbids reading " + project + " (403) — the token in " + tokenEnv
                        + " needs the read_api scope (or api) and access to the project"
                        : "GitLab at " + server + " forbids to " + call.action() + " of " + project + " (403) — this"
                        + " needs a token with the api scope and the " + call.role() + " role (or higher) in the project",
                        status);
            case 404:
                return new GitLabException(call.action() == null
                        ? "project " + project + " not found on " + server + " (404) — check its path " + call.setting()
                        + " (group/subgroup/project, as in its web address), and that the token"
                        + " in " + tokenEnv + " can see it"
                        : "GitLab at " + server + " found nothing to " + call.action() + " of " + project
                        + " (404) — it may be gone; refresh and try again", status);
            default:
                String detail = firstLine(e.getMessage());
                String reason = e.getReason() == null ? "" : " " + e.getReason();
                return new GitLabException("GitLab at " + server + " answered " + status + reason + " for "
                        + call.what() + (detail.isEmpty() || detail.equals(e.getReason()) ? "" : ": " + detail),
                        status);
        }
    }

    static String say(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
