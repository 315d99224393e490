package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A planted password and application-credential secret must appear in no message and no log record. */
class OpenStackSecretsTest {
    private static final String PASSWORD = "Plant3d-S3cret-Pa55word";
    private static final String SECRET = "Plant3d-AppCred-S3cret";

    private final FakeOpenStack cloud = new FakeOpenStack().password(PASSWORD);
    private final List<String> logged = new CopyOnWriteArrayList<>(); // written by the source's worker threads
    private final Logger log = Logger.getLogger("io.triptych.openstack");
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord r) {
            logged.add(r.getMessage() + " " + r.getThrown());
        }

        @Override public void flush() {
        }

        @Override public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.setLevel(Level.ALL);
        log.addHandler(capture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
        log.setLevel(null);
        cloud.close();
    }

    @Test
    void noFailureOfAnyKindShowsThePasswordOrTheSecret() {
        List<String> messages = new ArrayList<>();
        cloud.failWith("/servers/detail", 500).sendMalformedJson("/volumes/detail")
                .hang("/security-groups", Duration.ofSeconds(5));
        messages.addAll(allErrors(cloud.credentials().password(PASSWORD).readTimeout(Duration.ofMillis(300))));
        cloud.clearFaults().echoRefusedAuth();
        messages.addAll(allErrors(cloud.credentials().password(PASSWORD + "-but-wrong")));
        messages.addAll(allErrors(cloud.applicationCredentials().secret(SECRET)));
        messages.addAll(allErrors(cloud.credentials().password(PASSWORD)
                .authUrl(URI.create("http://no-such-host.invalid:5000/v3"))));

        assertThat(messages).hasSize(12).allSatisfy(m -> assertThat(m).isNotBlank()
                .doesNotContain(PASSWORD).doesNotContain(SECRET).doesNotContain("\n"));
        // the echoing Keystone did quote the request: the scrubber, not luck, kept the secret out
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"password\":\"****\""));
        assertThat(logged).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain(PASSWORD).doesNotContain(SECRET));
    }

    @Test
    void theCredentialsAndTheSourcePrintNoSecret() {
        OpenStackCloudSource source = new OpenStackCloudSource(cloud.credentials().password(PASSWORD).build());

        assertThat(source.toString()).doesNotContain(PASSWORD);
        assertThat(cloud.credentials().password(PASSWORD).build().toString()).doesNotContain(PASSWORD);
        assertThat(cloud.applicationCredentials().secret(SECRET).build().toString()).doesNotContain(SECRET);
        source.close();
    }

    private static List<String> allErrors(FakeCredentials credentials) {
        List<String> out = new ArrayList<>();
        try (OpenStackCloudSource s = new OpenStackCloudSource(credentials.build(), Optional.empty(),
                OpenStackTuning.defaults())) {
            out.add(errorOf(s::servers));
            out.add(errorOf(s::volumes));
            out.add(errorOf(s::securityGroups));
        }
        return out;
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static String errorOf(Call call) {
        try {
            call.run();
            return "";
        } catch (Exception e) {
            return e.getMessage();
        }
    }
}
