package io.triptych.domain;

/** Where a volume is attached: the server and the device it appears as. */
public record Attachment(String serverId, String serverName, String device) {
}
