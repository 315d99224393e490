package io.triptych.demo;

import io.triptych.domain.Attachment;
import io.triptych.domain.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The Cinder volumes of demo-site.md §2.3. */
final class DemoVolumes {
    private static final int TB = 1024;

    private DemoVolumes() {
    }

    static List<Volume> forEnvironment(String envId, Instant start) {
        Rows rows = new Rows(start);
        switch (envId) {
            case DemoEnvironments.INTEGRATION:
                rows.volume("vol-int-pgdata", 100, "ssd", "in-use", "fsgs-int-db-01", "/dev/vdb", 537);
                rows.volume("vol-int-swarm-data", 200, "standard", "in-use", "fsgs-int-swarm-wrk-01", "/dev/vdb", 538);
                rows.volume("vol-int-ci-cache", 50, "standard", "in-use", "fsgs-int-ci-runner-01", "/dev/vdb", 412);
                break;
            case DemoEnvironments.PREPRODUCTION:
                rows.volume("vol-pp-pgdata", 250, "ssd", "in-use", "fsgs-pp-db-01", "/dev/vdb", 467);
                rows.volume("vol-pp-products", TB, "standard", "in-use", "fsgs-pp-swarm-wrk-01", "/dev/vdb", 468);
                rows.volume("vol-pp-nats-js", 50, "ssd", "in-use", "fsgs-pp-swarm-wrk-02", "/dev/vdb", 466);
                rows.volume("vol-pp-scratch", 500, "standard", "available", null, null, 90);
                break;
            case DemoEnvironments.PRODUCTION:
                rows.volume("vol-prod-pgdata-01", 500, "ssd", "in-use", "fsgs-prod-db-01", "/dev/vdb", 452);
                rows.volume("vol-prod-pgwal-01", 50, "ssd", "in-use", "fsgs-prod-db-01", "/dev/vdc", 452);
                rows.volume("vol-prod-pgdata-02", 500, "ssd", "in-use", "fsgs-prod-db-02", "/dev/vdb", 452);
                rows.volume("vol-prod-etcd-01", 20, "ssd", "in-use", "fsgs-prod-k8s-cp-01", "/dev/vdb", 118);
                rows.volume("vol-prod-etcd-02", 20, "ssd", "in-use", "fsgs-prod-k8s-cp-02", "/dev/vdb", 118);
                rows.volume("vol-prod-etcd-03", 20, "ssd", "in-use", "fsgs-prod-k8s-cp-03", "/dev/vdb", 118);
                rows.volume("pvc-nats-js-0", 20, "ssd", "in-use", "fsgs-prod-k8s-wrk-01", "/dev/vdc", 96);
                rows.volume("pvc-nats-js-1", 20, "ssd", "in-use", "fsgs-prod-k8s-wrk-02", "/dev/vdb", 96);
                rows.volume("pvc-nats-js-2", 20, "ssd", "in-use", "fsgs-prod-k8s-wrk-01", "/dev/vdd", 96);
                rows.volume("vol-prod-products", 2 * TB, "standard", "in-use", "fsgs-prod-k8s-wrk-02", "/dev/vdc", 110);
                rows.volume("vol-prod-swarm-legacy-data", 300, "standard", "available", null, null, 455);
                // Attaching: Cinder already knows the target, the attachment is being made (one-shot event).
                rows.volume("vol-prod-backup-staging", TB, "standard", "attaching", "fsgs-prod-db-02", "/dev/vdc", 0);
                break;
            default:
                throw new IllegalArgumentException("no demo environment '" + envId + "'");
        }
        return rows.volumes;
    }

    private static final class Rows {
        private final Instant start;
        private final List<Volume> volumes = new ArrayList<>();

        Rows(Instant start) {
            this.start = start;
        }

        void volume(String name, int sizeGb, String type, String status, String server, String device, int ageDays) {
            List<Attachment> attachments = server == null ? List.of()
                    : List.of(new Attachment(DemoIds.server(server), server, device));
            Duration age = ageDays == 0 ? Duration.ofMinutes(1) : Duration.ofDays(ageDays).plusHours(ageDays % 11);
            volumes.add(new Volume(DemoIds.volume(name), name, status, sizeGb, type, attachments, start.minus(age)));
        }
    }
}
