package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** clouds.yaml verify and cacert, against the fake over https with a self-signed certificate. */
class OpenStackTlsTest {
    private final FakeOpenStack cloud = FakeOpenStack.overTls();
    private OpenStackCloudSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        cloud.close();
    }

    @Test
    void theCaFileOfCloudsYamlIsTrusted() throws Exception {
        cloud.data().addServer("web-01");
        source = new OpenStackCloudSource(cloud.credentials().cacert(FakeTls.caFile()).build());

        assertThat(source.servers()).hasSize(1);
    }

    @Test
    void verifyFalseTrustsAnyCertificate() throws Exception {
        source = new OpenStackCloudSource(cloud.credentials().verify(false).build());

        assertThat(source.securityGroups()).isEmpty();
    }

    @Test
    void anUntrustedCertificateSaysWhatToSet() {
        source = new OpenStackCloudSource(cloud.credentials().build());

        assertThatThrownBy(source::servers).hasMessage("the TLS certificate of " + cloud.base()
                + " is not trusted: set cacert in clouds.yaml to the CA that signed it (or verify: false)");
    }

    @Test
    void cloudsWithThePlatformsTrustShareOneTlsSetUpAndACaFileGetsItsOwn() throws Exception {
        // OkHttp reads the platform's trust store for each client built from scratch: once per process is enough.
        Rest one = new Rest(cloud.credentials().build(), Secrets.of(cloud.credentials().build()));
        Rest other = new Rest(cloud.credentials().build(), Secrets.of(cloud.credentials().build()));
        Rest withCa = new Rest(cloud.credentials().cacert(FakeTls.caFile()).build(),
                Secrets.of(cloud.credentials().build()));
        try {
            assertThat(other.tlsFactory()).isSameAs(one.tlsFactory());
            assertThat(withCa.tlsFactory()).isNotSameAs(one.tlsFactory());
        } finally {
            one.close();
            other.close();
            withCa.close();
        }
    }

    @Test
    void anUnreadableCaFileIsNamedWhenFirstUsedNotWhenTheSourceIsMade() {
        source = new OpenStackCloudSource(cloud.credentials().cacert(Path.of("/no/such/ca.pem")).build());

        assertThatThrownBy(source::servers).hasMessageStartingWith("cannot use cacert /no/such/ca.pem of cloud 'fake'");
    }
}
