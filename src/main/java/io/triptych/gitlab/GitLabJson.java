package io.triptych.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading GitLab's JSON leniently: a missing or null field is "" or null, never an exception. */
final class GitLabJson {
    private GitLabJson() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : "";
    }

    static long id(JsonNode node, String field) {
        return node.path(field).asLong(0);
    }

    /** GitLab writes "2026-11-25T11:28:34.085Z" (and, on some versions, "+01:00" offsets). */
    static Instant instant(JsonNode node, String field) {
        String s = text(node, field);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Seconds, an integer for pipelines and a float for jobs; null while unknown. */
    static Duration seconds(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? Duration.ofMillis(Math.round(v.asDouble() * 1000)) : null;
    }

    /** The name of a user object ({"name": "Zoé", "username": "zoe"}); "" when absent. */
    static String userName(JsonNode user) {
        String name = text(user, "name");
        return name.isEmpty() ? text(user, "username") : name;
    }
}
