package io.triptych.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void singlePortReadsAsOneNumber() {
        assertThat(rule(22, 22).ports()).isEqualTo("22");
    }

    @Test
    void portRangeReadsAsFromDashTo() {
        assertThat(rule(2379, 2380).ports()).isEqualTo("2379-2380");
    }

    @Test
    void ruleWithoutPortsCoversAnyPort() {
        assertThat(rule(null, null).ports()).isEqualTo("any");
    }

    @Test
    void ruleWithOnlyALowerPortReadsAsThatPort() {
        assertThat(rule(443, null).ports()).isEqualTo("443");
    }

    @Test
    void groupSearchTextHoldsEveryRulesPortsAndRemote() {
        SecurityGroup g = new SecurityGroup("sg-1", "sg-etcd", null,
                List.of(rule(2379, 2380), rule(null, null)));

        assertThat(g.searchText()).contains("2379-2380", "any", "203.0.113.0/25");
        assertThat(g.status()).isEqualTo("2");
        assertThat(g.description()).isEmpty();
    }

    private static Rule rule(Integer min, Integer max) {
        return new Rule("ingress", "IPv4", "tcp", min, max, "203.0.113.0/25");
    }
}
