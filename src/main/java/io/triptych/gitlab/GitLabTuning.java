package io.triptych.gitlab;

import io.triptych.source.ReplyLimit;
import java.time.Clock;
import java.time.Duration;

/**
 * Knobs of the adapter that users never set; tests shrink them.
 *
 * @param connectTimeout  per request, to open the connection
 * @param readTimeout     per request, between two reads of the answer: bounds a hung GitLab
 * @param tracePoll       how often a followed job log is read again while the job runs
 * @param followLimit     a log is followed at most this long, then ends with a note (a forgotten viewer must not
 *                        poll for ever)
 * @param jobsPerPage     per_page for the jobs of a pipeline (GitLab caps it at 100; more pages are followed)
 * @param detailsPerRefresh how many new or changed pipelines per project are read in detail (2+ requests each)
 *                          per refresh; the rest wait for the next refresh
 * @param rateLimitPause  how long to wait after a 429 that gives no Retry-After
 * @param maxReply        the most bytes of one reply's body that are read ({@link ReplyLimit}); past it the call
 *                        fails with "reply too large"
 */
record GitLabTuning(Duration connectTimeout, Duration readTimeout, Duration tracePoll, Duration followLimit,
              int jobsPerPage, int detailsPerRefresh, Duration rateLimitPause, Clock clock, long maxReply) {

    static GitLabTuning defaults() {
        return new GitLabTuning(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofHours(2),
                100, 3, Duration.ofSeconds(60), Clock.systemUTC(), ReplyLimit.DEFAULT);
    }

    GitLabTuning withDetailsPerRefresh(int n) {
        return new GitLabTuning(connectTimeout, readTimeout, tracePoll, followLimit, jobsPerPage, n, rateLimitPause, clock,
                maxReply);
    }

    GitLabTuning withTimeouts(Duration connect, Duration read) {
        return new GitLabTuning(connect, read, tracePoll, followLimit, jobsPerPage, detailsPerRefresh, rateLimitPause,
                clock, maxReply);
    }

    GitLabTuning withTrace(Duration poll, Duration limit) {
        return new GitLabTuning(connectTimeout, readTimeout, poll, limit, jobsPerPage, detailsPerRefresh, rateLimitPause,
                clock, maxReply);
    }

    GitLabTuning withJobsPerPage(int perPage) {
        return new GitLabTuning(connectTimeout, readTimeout, tracePoll, followLimit, perPage, detailsPerRefresh,
                rateLimitPause, clock, maxReply);
    }

    GitLabTuning withMaxReply(long bytes) {
        return new GitLabTuning(connectTimeout, readTimeout, tracePoll, followLimit, jobsPerPage, detailsPerRefresh,
                rateLimitPause, clock, bytes);
    }

    GitLabTuning withClock(Clock newClock) {
        return new GitLabTuning(connectTimeout, readTimeout, tracePoll, followLimit, jobsPerPage, detailsPerRefresh,
                rateLimitPause, newClock, maxReply);
    }
}
