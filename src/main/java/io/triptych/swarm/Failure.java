package io.triptych.swarm;

import com.github.dockerjava.api.exception.DockerException;
import io.triptych.source.ReplyLimit;
import io.triptych.text.OneLine;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/** Turns what docker-java throws into the one line a user reads, naming the engine and what to do. */
final class Failure {
    private static final Pattern ENGINE_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Failure() {
    }

    static SwarmException of(Throwable e, String where, Optional<String> certPath) {
        if (e instanceof SwarmException) {
            return (SwarmException) e;
        }
        if (e instanceof DockerException) {
            return answered((DockerException) e, where);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReplyLimit.TooLarge) {
                return new SwarmException(t.getMessage());
            }
            String m = String.valueOf(t.getMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            if (t instanceof SSLException) {
                return new SwarmException("TLS problem with Docker at " + where + ": " + m
                        + certPath.map(p -> " (certificates from " + p + ")").orElse(""));
            }
            if (lower.contains("permission denied")) {
                return new SwarmException("permission denied on the Docker socket " + where
                        + ": run as a member of the docker group, or point 'host' at another engine");
            }
            if (lower.contains("no such file") || lower.contains("connection refused")
                    || t instanceof ConnectException || t instanceof UnknownHostException) {
                return new SwarmException("Docker engine not reachable at " + where + " (" + reason(t) + ")");
            }
            if (t instanceof InterruptedIOException) {
                return new SwarmException("no answer from Docker at " + where + " within "
                        + Endpoint.RESPONSE_TIMEOUT.toSeconds() + " s");
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new SwarmException("Docker at " + where + " failed: " + reason(root));
    }

    /** The engine answered with an error status: its own message says what is wrong. */
    static SwarmException answered(DockerException e, String where) {
        String message = engineMessage(String.valueOf(e.getMessage()));
        if (message.toLowerCase(Locale.ROOT).contains("not a swarm manager")) {
            return new SwarmException("Docker at " + where + ": this node is not a swarm manager"
                    + " (point 'host' at a manager node)");
        }
        return new SwarmException("Docker at " + where + " answered " + e.getHttpStatus() + ": " + message);
    }

    static String engineMessage(String body) {
        Matcher m = ENGINE_MESSAGE.matcher(body);
        String text = m.find() ? m.group(1).replace("\\\"", "\"") : body;
        return text.strip().lines().findFirst().orElse("");
    }

    private static String reason(Throwable t) {
        String text = OneLine.of(t);
        // "java.net.SocketException: [2] No such file or directory" → "No such file or directory"
        return text.replaceFirst("^([\\w$]+\\.)+[\\w$]+:\\s*", "").replaceFirst("^\\[\\d+\\]\\s*", "");
    }
}
