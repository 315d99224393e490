package io.triptych.triage;

import static io.triptych.triage.Snapshots.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.domain.Volume;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftTableTest {
    private static final Environment PP = new Environment("preproduction", "Pre-production", "", false);
    private static final Environment PROD = new Environment("production", "Production", "", true);

    @Test
    void swarmServiceAndItsKubernetesDeploymentAreOneRowWithEachEnvironmentsTag() {
        List<DriftRow> rows = DriftTable.compare(List.of(
                env(PP, List.of(swarm("sdb_api-import", "sdb-api:4.3.0")), List.of(), List.of(), List.of()),
                env(PROD, List.of(k8s("sdb-api-import", "sdb-api:4.2.1")), List.of(), List.of(), List.of())));

        assertThat(rows).containsExactly(new DriftRow(DriftRow.Kind.SERVICE, "sdb-api-import",
                Map.of("preproduction", "4.3.0", "production", "4.2.1")));
        assertThat(rows.get(0).differs(List.of("preproduction", "production"))).isTrue();
    }

    @Test
    void environmentPrefixedStacksMatchTooAndEqualTagsDoNotDiffer() {
        List<DriftRow> rows = DriftTable.compare(List.of(
                env(PP, List.of(swarm("pp_web_fsc-portal", "fsc-portal:3.8.0")), List.of(), List.of(), List.of()),
                env(PROD, List.of(k8s("web-fsc-portal", "fsc-portal:3.8.0")), List.of(), List.of(), List.of())));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("web-fsc-portal");
            assertThat(r.differs(List.of("preproduction", "production"))).isFalse();
        });
    }

    @Test
    void serviceMissingFromAnEnvironmentIsAbsentThereAndDiffers() {
        List<DriftRow> rows = DriftTable.compare(List.of(
                env(PP, List.of(swarm("edge_nginx", "nginx:1.27-alpine")), List.of(), List.of(), List.of()),
                env(PROD, List.of(), List.of(), List.of(), List.of())));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.value("production")).isEmpty();
            assertThat(r.differs(List.of("preproduction", "production"))).isTrue();
        });
    }

    @Test
    void serversAreComparedByRoleFlavorAndCount() {
        List<DriftRow> rows = DriftTable.compare(List.of(
                env(PP, List.of(), List.of(server("fsgs-pp-db-01", "r1.xlarge", "db")), List.of(), List.of()),
                env(PROD, List.of(), List.of(server("fsgs-prod-db-01", "r1.xlarge", "db"),
                        server("fsgs-prod-db-02", "r1.xlarge", "db")), List.of(), List.of())));

        assertThat(rows).extracting(DriftRow::kind, DriftRow::name, r -> r.value("preproduction").orElse(""),
                r -> r.value("production").orElse("")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DriftRow.Kind.FLAVOR, "db", "r1.xlarge", "r1.xlarge"),
                org.assertj.core.groups.Tuple.tuple(DriftRow.Kind.COUNT, "db", "1", "2"));
    }

    @Test
    void serverWithoutARoleIsGroupedByItsNameWithoutEnvironmentAndNumber() {
        assertThat(DriftTable.role(new Server("i", "fsgs-prod-lb-02", "ACTIVE", "m1", "", List.of(), "", T0,
                Map.of()), new NameNormaliser(List.of(PROD)))).isEqualTo("fsgs-lb");
    }

    @Test
    void volumesAreComparedBySizeAndRulesByPresence() {
        Rule ssh = new Rule("ingress", "IPv4", "tcp", 22, 22, "192.0.2.240/28");
        Rule db = new Rule("ingress", "IPv4", "tcp", 5432, 5432, "group:sg-swarm");
        List<DriftRow> rows = DriftTable.compare(List.of(
                env(PP, List.of(), List.of(), List.of(new Volume("a", "vol-pp-pgdata", "in-use", 250, "ssd",
                        List.of(), T0)), List.of(new SecurityGroup("g1", "sg-db", "", List.of(ssh, db)))),
                env(PROD, List.of(), List.of(), List.of(new Volume("b", "vol-prod-pgdata-01", "in-use", 500, "ssd",
                        List.of(), T0)), List.of(new SecurityGroup("g2", "sg-db", "", List.of(db))))));

        assertThat(DriftTable.differences(rows, List.of(PP, PROD))).extracting(DriftRow::kind, DriftRow::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DriftRow.Kind.VOLUME, "vol-pgdata"),
                        org.assertj.core.groups.Tuple.tuple(DriftRow.Kind.RULE,
                                "sg-db ingress tcp 22 192.0.2.240/28"));
    }

    private static Service swarm(String name, String image) {
        return new Service(name, ServiceKind.SWARM, name.substring(0, name.indexOf('_')), "registry.example.org/"
                + image, 1, 1, List.of());
    }

    private static Service k8s(String name, String image) {
        return new Service(name, ServiceKind.DEPLOYMENT, "fsgs-x", "registry.example.org/" + image, 2, 2, List.of());
    }

    private static Server server(String name, String flavor, String group) {
        return new Server(name + "-id", name, "ACTIVE", flavor, "", List.of(), "", T0, Map.of("ansible_group", group));
    }

    private static EnvironmentSnapshot env(Environment e, List<Service> services, List<Server> servers,
                                           List<Volume> volumes, List<SecurityGroup> groups) {
        return new EnvironmentSnapshot(e, Section.<Server>loading(SectionKind.SERVERS).succeeded(servers, T0),
                Section.<Volume>loading(SectionKind.VOLUMES).succeeded(volumes, T0),
                Section.<SecurityGroup>loading(SectionKind.SECURITY_GROUPS).succeeded(groups, T0),
                Section.<Service>loading(SectionKind.SERVICES).succeeded(services, T0),
                Section.<io.triptych.domain.Pipeline>loading(SectionKind.PIPELINES).succeeded(List.of(), T0),
                List.of(), Health.UNKNOWN, T0);
    }
}
