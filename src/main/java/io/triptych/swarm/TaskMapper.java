package io.triptych.swarm;

import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.api.model.TaskState;
import com.github.dockerjava.api.model.TaskStatus;
import io.triptych.domain.Replica;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's tasks as replicas. Swarm keeps a few dead tasks per slot as history; showing them all would
 * flag a service that healed long ago, so a slot shows its current task, plus its latest dead one while the
 * current one is not running: that is where the reason (the task's error) is.
 */
final class TaskMapper {
    private static final Set<TaskState> CURRENT = Set.of(TaskState.RUNNING, TaskState.READY, TaskState.ACCEPTED,
            TaskState.ASSIGNED, TaskState.PENDING, TaskState.ALLOCATED, TaskState.NEW, TaskState.PREPARING,
            TaskState.STARTING);

    private TaskMapper() {
    }

    /** A task that ended by itself (exited, crashed, refused by the node), not one the orchestrator shut down. */
    private static final Set<TaskState> ENDED_BY_ITSELF = Set.of(TaskState.FAILED, TaskState.REJECTED,
            TaskState.COMPLETE);

    static List<Replica> replicas(String serviceName, List<Task> tasks, Map<String, String> hostnames) {
        Map<String, List<Task>> bySlot = new LinkedHashMap<>();
        tasks.stream().sorted(Comparator.comparing(TaskMapper::slot).thenComparing(TaskMapper::since).reversed())
                .forEach(t -> bySlot.computeIfAbsent(slot(t), k -> new ArrayList<>()).add(t));
        List<Replica> out = new ArrayList<>();
        bySlot.values().forEach(slotTasks -> {
            List<Task> current = slotTasks.stream().filter(TaskMapper::current).toList();
            current.forEach(t -> out.add(replica(serviceName, t, hostnames, restartsBefore(slotTasks, t))));
            if (current.stream().noneMatch(TaskMapper::running)) {
                slotTasks.stream().filter(t -> !current(t)).findFirst()
                        .ifPresent(t -> out.add(replica(serviceName, t, hostnames, restartsBefore(slotTasks, t))));
            }
        });
        out.sort(Comparator.comparing(Replica::name));
        return out;
    }

    static boolean running(Task t) {
        return t.getStatus() != null && t.getStatus().getState() == TaskState.RUNNING
                && t.getDesiredState() == TaskState.RUNNING;
    }

    static boolean current(Task t) {
        return t.getDesiredState() != null && CURRENT.contains(t.getDesiredState());
    }

    /**
     * How many times the slot's task was replaced because it ended by itself before {@code t}: Swarm's
     * restarts, as its task history shows them (one dead task per restart, kept up to the swarm's
     * task-history limit, 5 by default). Tasks the orchestrator shut down (an update, a scale, a restart
     * from the console) are not counted, as a Kubernetes rollout does not count in restartCount.
     */
    static int restartsBefore(List<Task> slotTasks, Task t) {
        boolean live = current(t); // every dead task of the slot came before the current one
        Instant at = since(t);
        return (int) slotTasks.stream().filter(o -> o != t && !current(o) && endedByItself(o))
                .filter(o -> live || since(o).isBefore(at)).count();
    }

    private static boolean endedByItself(Task t) {
        return t.getStatus() != null && ENDED_BY_ITSELF.contains(t.getStatus().getState());
    }

    /** Named like its container ("web.1.<task id>"): what `docker ps` shows, and the log reader needs the id. */
    static Replica replica(String serviceName, Task t, Map<String, String> hostnames, int restarts) {
        TaskStatus s = t.getStatus();
        String state = s == null || s.getState() == null ? "unknown" : s.getState().getValue();
        String node = t.getNodeId() == null ? "" : hostnames.getOrDefault(t.getNodeId(), t.getNodeId());
        String desired = t.getDesiredState() == null ? "" : t.getDesiredState().getValue();
        Instant since = since(t);
        return new Replica(serviceName + "." + slotName(t) + "." + t.getId(), state, node, restarts, message(s),
                since.equals(Instant.EPOCH) ? null : since, desired, "", List.of());
    }

    /** The error when there is one; the engine's status word ("started") only when the task failed without one. */
    static String message(TaskStatus s) {
        if (s == null) {
            return "";
        }
        if (s.getErr() != null && !s.getErr().isBlank()) {
            return s.getErr().strip();
        }
        boolean failed = s.getState() == TaskState.FAILED || s.getState() == TaskState.REJECTED;
        return failed && s.getMessage() != null ? s.getMessage().strip() : "";
    }

    static String taskId(String replicaName) {
        return replicaName.substring(replicaName.lastIndexOf('.') + 1);
    }

    private static String slotName(Task t) {
        return t.getSlot() != null && t.getSlot() > 0 ? String.valueOf(t.getSlot()) : String.valueOf(t.getNodeId());
    }

    private static String slot(Task t) {
        return t.getSlot() != null && t.getSlot() > 0 ? String.format("%09d", t.getSlot()) : "n" + t.getNodeId();
    }

    private static Instant since(Task t) {
        String ts = t.getStatus() == null ? null : t.getStatus().getTimestamp();
        try {
            return ts == null ? Instant.EPOCH : Instant.parse(ts);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
