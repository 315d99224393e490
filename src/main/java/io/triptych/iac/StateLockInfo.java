package io.triptych.iac;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds Terraform's backend state lock, read from the "Error acquiring the state lock" diagnostic
 * (its detail carries Terraform's "Lock Info:" block: ID, Path, Operation, Who, Version, Created).
 */
public record StateLockInfo(String id, String who, String operation, String created) {
    /** The diagnostic's summary in Terraform and OpenTofu. */
    public static final String SUMMARY = "Error acquiring the state lock";
    private static final Pattern FRACTION = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)\\.\\d+");

    /** The holder when the diagnostic is the state-lock one and names it. */
    public static Optional<StateLockInfo> of(String summary, String detail) {
        if (!summary.strip().equalsIgnoreCase(SUMMARY) || !detail.contains("Lock Info:")) {
            return Optional.empty();
        }
        String info = detail.substring(detail.indexOf("Lock Info:"));
        return Optional.of(new StateLockInfo(field(info, "ID"), field(info, "Who"),
                operation(field(info, "Operation")), created(field(info, "Created"))));
    }

    /** One line for the console and the outcome: who, doing what, since when, and the lock to name. */
    public String line() {
        return "Terraform state locked by " + (who.isEmpty() ? "someone" : who)
                + (operation.isEmpty() ? "" : " (" + operation + ")")
                + (created.isEmpty() ? "" : " since " + created)
                + (id.isEmpty() ? "" : ", lock ID " + id) + ": try again when that run ends";
    }

    private static String field(String info, String name) {
        Matcher m = Pattern.compile("(?m)^[\\s│|]*" + name + ":[ \\t]*(.*)$").matcher(info);
        return m.find() ? m.group(1).strip() : "";
    }

    /** "OperationTypeApply" → "apply". */
    private static String operation(String raw) {
        String s = raw.startsWith("OperationType") ? raw.substring("OperationType".length()) : raw;
        return s.toLowerCase(Locale.ROOT);
    }

    /** Go's time format without the nanoseconds: "2026-12-02 09:00:01.123 +0000 UTC" → "2026-12-02 09:00:01 UTC". */
    private static String created(String raw) {
        Matcher m = FRACTION.matcher(raw);
        if (!m.find()) {
            return raw;
        }
        String rest = raw.substring(m.end()).strip();
        String zone = rest.contains(" ") ? rest.substring(rest.lastIndexOf(' ') + 1) : rest;
        return m.group(1) + (zone.isEmpty() ? "" : " " + zone);
    }
}
