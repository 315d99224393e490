package io.triptych.mask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskerTest {
    @Test
    void ipv4AddressesAndNetworksAreHidden() {
        assertThat(Masker.mask("fixed 198.51.100.10, VPN 192.0.2.240/28")).isEqualTo("fixed •.•.•.•, VPN •.•.•.•");
    }

    @Test
    void theWholeInternetStaysReadableBecauseItIsWhatMakesAPortOpen() {
        assertThat(Masker.mask("port 22 open to 0.0.0.0/0 and ::/0")).isEqualTo("port 22 open to 0.0.0.0/0 and ::/0");
    }

    @Test
    void ipv6AddressesFullAndCompressedAreHidden() {
        assertThat(Masker.mask("2001:db8:0:1:0:0:0:42 and fe80::1 and 2001:db8::/32"))
                .isEqualTo("•:•:• and •:•:• and •:•:•");
    }

    @Test
    void clockTimesAndImageTagsAreNotMistakenForAddresses() {
        assertThat(Masker.mask("at 10:42:07, nats:2.10.22-alpine, v2.54.1"))
                .isEqualTo("at 10:42:07, nats:2.10.22-alpine, v2.54.1");
    }

    @Test
    void uuidsAndLongHexIdentifiersAreHidden() {
        assertThat(Masker.mask("id 028d223f-a015-3116-b6cc-fd8e812582a8 sha 0123456789abcdef short cafe"))
                .isEqualTo("id ••• sha ••• short cafe");
    }

    @Test
    void hostNamesKeepOnlyTheirFirstLabel() {
        assertThat(Masker.mask("https://gitlab.example.org/svom/fsc and db-01.fsgs.example.org, report.html"))
                .isEqualTo("https://gitlab.•••/svom/fsc and db-01.•••, report.html");
    }

    @Test
    void secretsAfterTheirKeyAndKnownTokenShapesAreHidden() {
        assertThat(Masker.mask("password=hunter2 token: abc Authorization: Bearer eyJabc glpat-abcdefghij1234"))
                .doesNotContain("hunter2", "abc Auth", "eyJabc", "glpat-abcdefghij1234")
                .contains("password=•••");
    }

    @Test
    void textWithNothingSensitiveIsLeftAlone() {
        String plain = "1/2 replicas running: pipelines-vtac CrashLoopBackOff (back-off 5m0s)";
        assertThat(Masker.mask(plain)).isEqualTo(plain);
    }

    @Test
    void secretsAloneHidesTokensButLeavesAddressesAndHostsReadable() {
        String line = "db-01.fsgs.example.org 192.0.2.7 token=abc123def glpat-Xy7Qe9Rt5Uv3Wz1Ab2Cd Bearer eyJx";

        assertThat(Masker.secrets(line)).isEqualTo("db-01.fsgs.example.org 192.0.2.7 token=••• ••• Bearer •••");
    }
}
