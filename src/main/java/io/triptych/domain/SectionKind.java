package io.triptych.domain;

/** The five sections of every environment column, in display order. */
public enum SectionKind {
    SERVERS("servers"),
    VOLUMES("volumes"),
    SECURITY_GROUPS("securityGroups"),
    SERVICES("services"),
    PIPELINES("pipelines");

    private final String jsonName;

    SectionKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
