package io.triptych.iac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in a line of output. One masker per run, applied to every line before it is shown, stored
 * or audited: the secret values the run was given (environment variables with secret-looking names, the
 * cloud's password or application credential secret) in every form tools print them — as they are,
 * JSON-escaped (also as Go writes {@code &}, {@code <}, {@code >}: {@code \u0026}…), JSON inside JSON,
 * shell-quoted, URL-encoded ({@link SecretForms}) — and anything that looks like {@code password=…},
 * {@code "token": "…"} or {@code Bearer …}. A JSON line is masked as written, so what it decodes to
 * (Terraform's {@code @message}, a diagnostic's detail) is masked too.
 */
public final class SecretMasker {
    public static final String MASK = "****";
    /** Variable names whose values are secrets (OS_PASSWORD, GITLAB_TOKEN, AWS_SECRET_ACCESS_KEY…). */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE|AUTH).*");
    private static final String WORDS = "password|passwd|secret|token|credential|api[_-]?key|access[_-]?key"
            + "|private[_-]?key|secret[_-]?key";
    private static final Pattern JSON_PAIR = Pattern.compile(
            "(?i)(\"[^\"]*(?:" + WORDS + ")[^\"]*\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)(\\b[\\w.-]*(?:" + WORDS + ")[\\w.-]*\\s*[=:]\\s*['\"]?)([^\\s'\",;}]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bBearer\\s+)([A-Za-z0-9._~+/=-]+)");
    /** Shorter values would mask ordinary words ("1", "yes"): a real secret is longer. */
    private static final int MIN_LENGTH = 4;

    private final List<SecretForms> values;

    private SecretMasker(Collection<String> values) {
        List<String> v = new ArrayList<>();
        for (String s : values) {
            if (s != null && s.length() >= MIN_LENGTH && !v.contains(s)) {
                v.add(s);
            }
        }
        v.sort(Comparator.comparingInt(String::length).reversed()); // "abcd1234" before "abcd"
        this.values = v.stream().map(SecretForms::of).toList();
    }

    /** Masks these values and the usual patterns. */
    public static SecretMasker of(Collection<String> secretValues) {
        return new SecretMasker(secretValues);
    }

    /** Masks the values of the variables with secret-looking names, these extra values, and the patterns. */
    public static SecretMasker forEnvironment(Map<String, String> environment, Collection<String> extra) {
        List<String> secrets = new ArrayList<>(extra);
        environment.forEach((name, value) -> {
            if (isSecretName(name)) {
                secrets.add(value);
            }
        });
        return new SecretMasker(secrets);
    }

    public static boolean isSecretName(String variable) {
        return SECRET_NAME.matcher(variable).matches();
    }

    public String mask(String line) {
        String out = line;
        for (SecretForms v : values) {
            out = v.replace(out, MASK);
        }
        out = replace(JSON_PAIR, out, true);
        out = replace(ASSIGNMENT, out, false);
        return replace(BEARER, out, false);
    }

    private static String replace(Pattern p, String in, boolean closing) {
        Matcher m = p.matcher(in);
        if (!m.find()) {
            return in;
        }
        StringBuilder sb = new StringBuilder();
        do {
            boolean empty = m.group(2).isEmpty() || m.group(2).equals(MASK);
            String kept = empty ? m.group() : m.group(1) + MASK + (closing ? m.group(3) : "");
            m.appendReplacement(sb, Matcher.quoteReplacement(kept));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
