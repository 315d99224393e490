package io.triptych.gitlab;

import java.util.List;
import java.util.Map;

/** The JSON body of POST /projects/:id/pipeline: {"ref": …, "variables": [{"key": …, "value": …}]}. */
record NewPipeline(String ref, List<Variable> variables) {
    record Variable(String key, String value) {
    }

    static NewPipeline of(String ref, Map<String, String> variables) {
        return new NewPipeline(ref, variables.entrySet().stream().map(e -> new Variable(e.getKey(), e.getValue()))
                .toList());
    }
}
