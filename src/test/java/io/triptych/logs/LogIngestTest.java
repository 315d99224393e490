package io.triptych.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogIngestTest {
    private static final String E = "\u001b";
    private final LogIngest ingest = new LogIngest();

    @Test
    void sectionMarkersBecomeAHeaderLineAndSectionsWithTheirDuration() {
        List<LogLine> lines = ingest.ingest(List.of(
                "Running with gitlab-runner 17.5.2",
                "section_start:1700000000:step_script\r" + E + "[0K" + E + "[0;36mExecuting step_script" + E + "[0;m",
                "$ pytest",
                "section_end:1700000042:step_script\r" + E + "[0K",
                "Job succeeded"));

        assertThat(lines).extracting(LogLine::text)
                .containsExactly("Running with gitlab-runner 17.5.2", "Executing step_script", "$ pytest",
                        "Job succeeded");
        LogSection script = lines.get(1).header();
        assertThat(script.name()).isEqualTo("step_script");
        assertThat(lines.get(2).section()).isSameAs(script);
        assertThat(lines.get(3).section()).isNull();
        assertThat(script.duration()).contains(Duration.ofSeconds(42));
        assertThat(lines).extracting(LogLine::number).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void collapsedOptionFoldsTheSectionButNotItsHeader() {
        List<LogLine> lines = ingest.ingest(List.of(
                "section_start:1:prepare[collapsed=true]\r" + E + "[0KPreparing",
                "pulling image",
                "section_end:5:prepare\r" + E + "[0K"));

        assertThat(lines.get(0).hidden()).isFalse();
        assertThat(lines.get(1).hidden()).isTrue();
        lines.get(0).header().collapsed(false);
        assertThat(lines.get(1).hidden()).isFalse();
    }

    @Test
    void nestedSectionsFoldWithTheirParentAndAnEndOnTheSameLineAsAStartWorks() {
        List<LogLine> lines = ingest.ingest(List.of(
                "section_start:1:outer\r" + E + "[0KOuter",
                "section_start:2:inner\r" + E + "[0KInner",
                "deep",
                "section_end:3:inner\r" + E + "[0Ksection_start:3:second\r" + E + "[0KSecond",
                "section_end:9:second\r" + E + "[0Ksection_end:9:outer\r" + E + "[0K"));

        assertThat(lines).extracting(LogLine::text).containsExactly("Outer", "Inner", "deep", "Second");
        lines.get(0).header().collapsed(true);
        assertThat(lines.subList(1, 4)).allMatch(LogLine::hidden);
        assertThat(lines.get(3).header().parent()).isSameAs(lines.get(0).header());
        assertThat(lines.get(0).header().duration()).contains(Duration.ofSeconds(8));
    }

    @Test
    void aHeaderWithoutTextShowsTheSectionNameAndAStrayEndIsIgnored() {
        List<LogLine> lines = ingest.ingest(List.of("section_start:1:get_sources\r" + E + "[0K",
                "section_end:2:never_opened\r" + E + "[0K", "after"));

        assertThat(lines).extracting(LogLine::text).containsExactly("get_sources", "after");
        assertThat(lines.get(1).section()).isSameAs(lines.get(0).header());
    }

    @Test
    void aMalformedMarkerIsShownAsText() {
        assertThat(ingest.ingest(List.of("section_start:abc:x\r")).get(0).text()).isEqualTo("section_start:abc:x");
    }
}
