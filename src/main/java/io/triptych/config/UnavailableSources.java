package io.triptych.config;

import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import io.triptych.source.CloudSource;
import io.triptych.source.PipelineSource;
import io.triptych.source.ServiceSource;
import io.triptych.team.IncidentRequest;
import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import java.util.List;

/**
 * Stand-ins for the adapters this build does not have yet: each call fails with a one-line reason,
 * which the live layer shows as that section's error. Replaced adapter by adapter as they land.
 */
public final class UnavailableSources implements BackendAdapters {
    static final String OPENSTACK = "OpenStack adapter not available in this build yet";
    static final String SWARM = "Docker Swarm adapter not available in this build yet";
    static final String KUBERNETES = "Kubernetes adapter not available in this build yet";
    static final String GITLAB = "GitLab adapter not available in this build yet";

    @Override
    public CloudSource openstack(OpenStackConfig config) {
        return failingCloud(OPENSTACK);
    }

    /** A cloud source whose every call fails with {@code reason}: that section's error on screen. */
    public static CloudSource failingCloud(String reason) {
        return new CloudSource() {
            @Override
            public List<Server> servers() {
                throw new UnsupportedOperationException(reason);
            }

            @Override
            public List<Volume> volumes() {
                throw new UnsupportedOperationException(reason);
            }

            @Override
            public List<SecurityGroup> securityGroups() {
                throw new UnsupportedOperationException(reason);
            }
        };
    }

    @Override
    public ServiceSource swarm(SwarmConfig config) {
        return () -> {
            throw new UnsupportedOperationException(SWARM);
        };
    }

    @Override
    public ServiceSource kubernetes(KubernetesConfig config) {
        return () -> {
            throw new UnsupportedOperationException(KUBERNETES);
        };
    }

    @Override
    public PipelineSource gitlab(GitLabConfig config) {
        return () -> {
            throw new UnsupportedOperationException(GITLAB);
        };
    }

    /** A team tracker whose every call fails with {@code reason}: the team's error line on screen. */
    public static IncidentTracker failingTracker(String reason) {
        return new IncidentTracker() {
            @Override
            public List<TeamIncident> openIncidents() throws TeamException {
                throw new TeamException(reason);
            }

            @Override
            public TeamIncident findOrOpen(IncidentRequest request) throws TeamException {
                throw new TeamException(reason);
            }

            @Override
            public TeamIncident acknowledge(TeamIncident incident, String note) throws TeamException {
                throw new TeamException(reason);
            }

            @Override
            public TeamIncident unacknowledge(TeamIncident incident) throws TeamException {
                throw new TeamException(reason);
            }

            @Override
            public void cleared(TeamIncident incident, java.time.Instant at, boolean close) throws TeamException {
                throw new TeamException(reason);
            }

            @Override
            public String postHandover(String title, String markdown) throws TeamException {
                throw new TeamException(reason);
            }

            @Override
            public String me() throws TeamException {
                throw new TeamException(reason);
            }
        };
    }
}
