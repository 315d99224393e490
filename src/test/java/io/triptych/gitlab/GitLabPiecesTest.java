package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.MutableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small rules of the adapter: next pages, ref patterns, Retry-After, path segments. */
class GitLabPiecesTest {
    @Test
    void theNextPageComesFromXNextPageOrElseFromTheLinkHeader() {
        assertThat(Pages.next("3", null)).isEqualTo("3");
        assertThat(Pages.next("", null)).isEmpty();
        assertThat(Pages.next(null, "<https://g.example.org/api/v4/projects/1/pipelines/2/jobs?page=1&per_page=100>;"
                + " rel=\"first\", <https://g.example.org/api/v4/projects/1/pipelines/2/jobs?per_page=100&page=4>;"
                + " rel=\"next\"")).isEqualTo("4");
        assertThat(Pages.next("", "<https://g.example.org/x?page=1>; rel=\"first\"")).isEmpty();
    }

    @Test
    void aTagPatternMatchesTagsAndABranchMatchesOnlyItself() {
        RefFilter tags = new RefFilter(Optional.of("v*"));
        assertThat(tags.pattern()).isTrue();
        assertThat(tags.matches("v2.4.1")).isTrue();
        assertThat(tags.matches("develop")).isFalse();
        assertThat(new RefFilter(Optional.of("release-?.?")).matches("release-2.4")).isTrue();
        RefFilter branch = new RefFilter(Optional.of("feature/v.1"));
        assertThat(branch.pattern()).isFalse();
        assertThat(branch.matches("feature/v.1")).isTrue();
        assertThat(branch.matches("feature/vx1")).isFalse();
        assertThat(new RefFilter(Optional.empty()).matches("anything")).isTrue();
    }

    @Test
    void retryAfterIsReadInSecondsOrAsAnHttpDateAndDefaultsWhenAbsent() {
        MutableClock clock = new MutableClock();
        RateLimits limits = new RateLimits();
        assertThat(limits.limited("a", "30", Duration.ofSeconds(60), clock)).isEqualTo(Duration.ofSeconds(30));
        assertThat(limits.limited("b", "Wed, 25 Nov 2026 10:02:00 GMT", Duration.ofSeconds(60), clock))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(limits.limited("c", null, Duration.ofSeconds(60), clock)).isEqualTo(Duration.ofSeconds(60));
        clock.advanceSeconds(29);
        assertThat(limits.wait("a", clock)).isEqualTo(Duration.ofSeconds(1));
        assertThat(limits.wait("elsewhere", clock)).isZero();
        assertThat(RateLimits.say(Duration.ofMillis(1500))).isEqualTo("next try in 2 s");
    }

    @Test
    void aProjectPathIsOneEncodedSegment() {
        assertThat(Connection.project("svom/fsc/sdb-api")).isEqualTo("svom%2Ffsc%2Fsdb-api");
        assertThat(Connection.project("équipe/my project")).isEqualTo("%C3%A9quipe%2Fmy%20project");
    }
}
