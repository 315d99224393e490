package io.triptych.testing;

import io.triptych.iac.AnsibleSteps;
import io.triptych.iac.Binaries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real ansible-playbook for the tests that run it: skipped where it is not installed, unless
 * TRIPTYCH_REQUIRE_ANSIBLE=1 (CI), where its absence fails; and their playbooks copied out of the test resources.
 */
public final class RealAnsible {
    private RealAnsible() {
    }

    /** Skips the test without ansible-playbook on PATH; fails it instead when CI requires Ansible. */
    public static void assumeInstalled() {
        boolean present = Binaries.forSystem().find(AnsibleSteps.BINARY).isPresent();
        if (!present && "1".equals(System.getenv("TRIPTYCH_REQUIRE_ANSIBLE"))) {
            throw new AssertionError("ansible-playbook is not on PATH but TRIPTYCH_REQUIRE_ANSIBLE=1");
        }
        Assumptions.assumeTrue(present, "ansible-playbook is not on PATH (apt-get install ansible)");
    }

    /** {@code dir/playbooks} holding the named files of {@code /iac/ansible/}. */
    public static Path playbooks(Path dir, String... files) throws IOException {
        Path playbooks = Files.createDirectories(dir.resolve("playbooks"));
        for (String f : files) {
            try (InputStream in = RealAnsible.class.getResourceAsStream("/iac/ansible/" + f)) {
                Files.copy(in, playbooks.resolve(f));
            }
        }
        return playbooks;
    }
}
