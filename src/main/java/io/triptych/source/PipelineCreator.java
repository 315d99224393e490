package io.triptych.source;

import io.triptych.domain.Pipeline;
import java.util.List;
import java.util.Map;

/** A pipeline source that can run a new pipeline of a project on a ref, with variables. */
public interface PipelineCreator {
    /** The projects a new pipeline may be run for, and the ref it runs on by default. */
    List<String> projects();

    String defaultRef();

    Pipeline create(String project, String ref, Map<String, String> variables) throws Exception;
}
