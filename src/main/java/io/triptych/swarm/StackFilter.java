package io.triptych.swarm;

import com.github.dockerjava.api.command.ListServicesCmd;
import com.github.dockerjava.api.command.ListTasksCmd;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site file's stacks as engine-side label filters. The engine ANDs label filters, so one stack filters
 * on its exact label; with several, tasks filter on the label's presence and services are narrowed here
 * (docker-java's service filter cannot say "has this label"); no stacks lists everything.
 */
final class StackFilter {
    private final Set<String> stacks;

    StackFilter(List<String> stacks) {
        this.stacks = Set.copyOf(stacks);
    }

    ListServicesCmd services(ListServicesCmd cmd) {
        return stacks.size() == 1
                ? cmd.withLabelFilter(Map.of(ServiceMapper.STACK_LABEL, stacks.iterator().next())) : cmd;
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
        String stack = labels == null ? null : labels.get(ServiceMapper.STACK_LABEL);
        return stack != null && stacks.contains(stack);
    }
}
