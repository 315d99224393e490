package io.triptych.ui.model;

import io.triptych.domain.SectionKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the three columns show: the five sections (Overview), or one kind given the full column height in all
 * three. {@code code} is the word on the command line and in the preferences.
 */
public enum ViewFocus {
    OVERVIEW(null, "overview"),
    SERVERS(SectionKind.SERVERS, "servers"),
    VOLUMES(SectionKind.VOLUMES, "volumes"),
    SECURITY_GROUPS(SectionKind.SECURITY_GROUPS, "security-groups"),
    SERVICES(SectionKind.SERVICES, "services"),
    PIPELINES(SectionKind.PIPELINES, "pipelines");

    private final SectionKind kind;
    private final String code;

    ViewFocus(SectionKind kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    /** The focused kind; empty for Overview. */
    public Optional<SectionKind> kind() {
        return Optional.ofNullable(kind);
    }

    public String code() {
        return code;
    }

    /** Whether a section of this kind is shown in this view. */
    public boolean shows(SectionKind k) {
        return kind == null || kind == k;
    }

    public static ViewFocus of(SectionKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).findFirst().orElseThrow();
    }

    public static Optional<ViewFocus> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
