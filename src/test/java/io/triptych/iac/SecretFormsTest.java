package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A secret is masked in each form tools print it, and only the secret is. */
class SecretFormsTest {
    private final SecretMasker masker = SecretMasker.of(List.of("p\"w\\d&<x>' \u00f6"));

    @Test
    void eachEscapedFormOfTheValueIsMasked() {
        List<String> forms = List.of(
                "p\"w\\d&<x>' \u00f6",                                    // as it is
                "p\\\"w\\\\d&<x>' \u00f6",                                // JSON (Jackson, Python)
                "p\\\"w\\\\d\\u0026\\u003cx\\u003e' \u00f6",              // JSON as Go writes it
                "p\\\"w\\\\d&<x>' \\u00f6",                               // JSON, ASCII only (Python's default)
                "p\\u0022w\\u005Cd\\u0026\\u003Cx\\u003E\\u0027\\u0020\\u00F6", // every character escaped, upper case
                "p\\\\\\\"w\\\\\\\\d\\\\u0026\\\\u003cx\\\\u003e' \u00f6", // JSON inside a JSON string
                "p%22w%5Cd%26%3Cx%3E%27%20%C3%B6",                        // URL-encoded
                "p%22w%5cd%26%3cx%3e%27+%c3%b6",                          // form-encoded, lower-case hex
                "p\\\"w\\\\d\\&\\<x\\>\\'\\ \u00f6",                       // printf %q
                "p\"w\\d&<x>'\\'' \u00f6",                                // inside '…' (POSIX)
                "p\"w\\d&<x>'\"'\"' \u00f6",                              // inside '…' (Python's shlex.quote)
                "p\\\"w\\\\d&<x>'\\\"'\\\"' \u00f6",                      // shlex.quote inside a JSON string
                "p\\x22w\\x5cd\\x26\\x3cx\\x3e\\x27\\x20\\xc3\\xb6");     // bytes repr
        for (String form : forms) {
            assertThat(masker.mask("before " + form + " after")).as(form).isEqualTo("before **** after");
        }
    }

    @Test
    void textThatOnlyResemblesTheValueIsLeftAlone() {
        assertThat(masker.mask("p\"w\\d&<y>' \u00f6 and pw d x")).isEqualTo("p\"w\\d&<y>' \u00f6 and pw d x");
        assertThat(masker.mask("p%22w")).isEqualTo("p%22w");
    }

    @Test
    void aValueOfLettersAndDigitsIsMaskedAsItIs() {
        SecretMasker plain = SecretMasker.of(List.of("hunter2hunter2"));
        assertThat(plain.mask("{\"@message\":\"hunter2hunter2\"} hunter2hunter")).isEqualTo(
                "{\"@message\":\"****\"} hunter2hunter");
    }
}
