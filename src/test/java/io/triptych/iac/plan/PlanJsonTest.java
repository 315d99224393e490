package io.triptych.iac.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Terraform's JSON plan representation ({@code terraform show -json}) read into before → after per attribute. */
class PlanJsonTest {
    private static String fixture() throws Exception {
        try (InputStream in = PlanJsonTest.class.getResourceAsStream("/iac/plan/show.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PlanChanges plan() throws Exception {
        return PlanJson.parse(fixture(), UnaryOperator.identity());
    }

    private static AttributeChange attr(ResourceChange r, String path) {
        return r.attributes().stream().filter(a -> a.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in " + r.attributes()));
    }

    @Test
    void destroysComeFirstAndNoOpsAreLeftOut() throws Exception {
        assertThat(plan().resources()).extracting(ResourceChange::address, ResourceChange::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("openstack_networking_secgroup_rule_v2.old", "delete"),
                org.assertj.core.groups.Tuple.tuple("openstack_compute_instance_v2.db", "replace"),
                org.assertj.core.groups.Tuple.tuple("openstack_compute_instance_v2.web", "create"),
                org.assertj.core.groups.Tuple.tuple("openstack_blockstorage_volume_v3.data", "update"));
    }

    @Test
    void anUpdateListsOnlyTheAttributesThatChangeBeforeToAfter() throws Exception {
        ResourceChange data = plan().at("openstack_blockstorage_volume_v3.data").orElseThrow();
        assertThat(data.attributes()).extracting(AttributeChange::line)
                .containsExactly("size: 50 → 100", "metadata.backup: \"daily\" → \"hourly\"");
    }

    @Test
    void aReplacementSaysWhichAttributeForcesItAndSensitiveAndUnknownValuesReadAsSuch() throws Exception {
        ResourceChange db = plan().at("openstack_compute_instance_v2.db").orElseThrow();
        assertThat(db.actions()).containsExactly("delete", "create");
        assertThat(db.reason()).isEqualTo("replace_because_cannot_update");
        assertThat(db.replaceBecause()).containsExactly("image_id");
        assertThat(attr(db, "image_id").forcesReplacement()).isTrue();
        assertThat(attr(db, "image_id").line()).isEqualTo("image_id: \"a1f0\" → \"b2c4\"");
        assertThat(attr(db, "admin_pass")).satisfies(a -> {
            assertThat(a.sensitive()).isTrue();
            assertThat(a.line()).isEqualTo("admin_pass: (sensitive) → (sensitive)");
        });
        assertThat(attr(db, "id").line()).isEqualTo("id: \"7c1f\" → (known after apply)");
        assertThat(attr(db, "network[0].fixed_ip_v4").line())
                .isEqualTo("network[0].fixed_ip_v4: \"10.0.0.12\" → (known after apply)");
        assertThat(db.attributes()).extracting(AttributeChange::path).doesNotContain("name", "flavor_name",
                "security_groups", "network[0].name");
        assertThat(db.sensitivePaths()).containsExactly("admin_pass");
    }

    @Test
    void aCreateHasNoBeforeSideAndNoSecretInAnyText() throws Exception {
        PlanChanges plan = plan();
        ResourceChange web = plan.at("openstack_compute_instance_v2.web").orElseThrow();
        assertThat(attr(web, "flavor_name").before()).isEmpty();
        assertThat(attr(web, "flavor_name").after()).contains("\"m1.small\"");
        assertThat(attr(web, "security_groups").after()).contains("[\"default\",\"web\"]");
        assertThat(attr(web, "admin_pass").after()).contains(AttributeChange.SENSITIVE);
        assertThat(attr(web, "id").after()).contains(AttributeChange.UNKNOWN);
        assertThat(web.attributes()).extracting(AttributeChange::path).doesNotContain("user_data");
        assertThat(plan.toString()).doesNotContain("N3w-Adm1n!", "0ld-Adm1n!");
    }

    @Test
    void aDeleteHasNoAfterSide() throws Exception {
        ResourceChange old = plan().at("openstack_networking_secgroup_rule_v2.old").orElseThrow();
        assertThat(attr(old, "port_range_min")).isEqualTo(new AttributeChange("port_range_min", Optional.of("8080"),
                Optional.empty(), false, false, false));
    }

    @Test
    void valuesGoThroughTheRunsMasker() throws Exception {
        PlanChanges plan = PlanJson.parse(fixture(), s -> s.replace("fsgs-pp-web-01", "****"));
        assertThat(attr(plan.at("openstack_compute_instance_v2.web").orElseThrow(), "name").after())
                .contains("\"****\"");
    }

    @Test
    void somethingElseIsRefusedInOneLine() {
        assertThatThrownBy(() -> PlanJson.parse("Error: Failed to read the given file as a state or plan file",
                UnaryOperator.identity())).isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("printed no JSON plan").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PlanJson.parse("{\"format_version\":\"2.0\",\"resource_changes\":[]}",
                UnaryOperator.identity())).hasMessageContaining("format_version '2.0'");
        assertThat(List.of()).isEmpty();
    }
}
