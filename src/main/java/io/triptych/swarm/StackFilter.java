package io.triptych.swarm;

import com.github.dockerjava.api.command.ListServicesCmd;
import com.github.dockerjava.api.command.ListTasksCmd;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site file's stacks as engine-side label filters. The engine ANDs label filters, so one stack filters
 * on its exact label, several on the label's presence, narrowed here; no stacks lists everything.
 */
final class StackFilter {
    private final Set<String> stacks;

    StackFilter(List<String> stacks) {
        this.stacks = Set.copyOf(stacks);
    }

    ListServicesCmd services(ListServicesCmd cmd) {
        if (stacks.isEmpty()) {
            return cmd;
        }
        Map<String, String> label = new HashMap<>();
        label.put(ServiceMapper.STACK_LABEL, stacks.size() == 1 ? stacks.iterator().next() : null);
        return cmd.withLabelFilter(label);
    }

    ListTasksCmd tasks(ListTasksCmd cmd) {
        if (stacks.isEmpty()) {
            return cmd;
        }
        return cmd.withLabelFilter(stacks.size() == 1
                ? ServiceMapper.STACK_LABEL + "=" + stacks.iterator().next() : ServiceMapper.STACK_LABEL);
    }

    boolean keeps(com.github.dockerjava.api.model.Service s) {
        if (stacks.isEmpty()) {
            return true;
        }
        Map<String, String> labels = s.getSpec() == null ? null : s.getSpec().getLabels();
        return labels != null && stacks.contains(labels.get(ServiceMapper.STACK_LABEL));
    }
}
