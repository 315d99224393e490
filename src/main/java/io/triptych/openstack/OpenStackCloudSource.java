package io.triptych.openstack;

import io.triptych.config.clouds.CloudCredentials;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import io.triptych.domain.ServerAction;
import io.triptych.source.ActionRefused;
import io.triptych.source.CloudSource;
import io.triptych.source.ServerControl;
import io.triptych.source.HorizonLinks;
import io.triptych.source.ServerLinks;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An environment's OpenStack project, read through Keystone v3, Nova 2.1, Cinder v3 and Neutron v2.0 over
 * plain REST (see docs/adr: openstack4j drops the next links and cannot honour cacert on JDK 17). Safe to
 * call from several threads: the live layer calls each list on its own worker. Making one does not
 * connect; every failure is one line without a secret.
 */
public final class OpenStackCloudSource implements CloudSource, ServerLinks, ServerControl, AutoCloseable,
        io.triptych.source.RequestCounting {
    private final String cloud;
    private final Optional<HorizonLinks> horizon;
    private final OpenStackTuning tuning;
    private final Secrets secrets;
    private final Session session;
    private final Pager pager;
    private final Lookups lookups;
    private final ServerDirectory directory = new ServerDirectory();
    private final NovaActions actions;

    public OpenStackCloudSource(CloudCredentials credentials) {
        this(credentials, Optional.empty());
    }

    /** @param dashboard Horizon's address, for "open in Horizon" */
    public OpenStackCloudSource(CloudCredentials credentials, Optional<URI> dashboard) {
        this(credentials, dashboard, OpenStackTuning.defaults());
    }

    OpenStackCloudSource(CloudCredentials credentials, Optional<URI> dashboard, OpenStackTuning tuning) {
        Objects.requireNonNull(credentials, "credentials");
        this.cloud = credentials.cloud();
        this.horizon = dashboard.map(HorizonLinks::new);
        this.tuning = tuning;
        this.secrets = Secrets.of(credentials);
        this.session = new Session(credentials, secrets, tuning);
        this.pager = new Pager(session, tuning.pageSize());
        this.lookups = new Lookups(session, pager, tuning);
        this.actions = new NovaActions(session);
    }

    @Override
    public List<Server> servers() throws OpenStackException {
        return guard("servers", () -> {
            directory.started();
            List<Server> servers = null;
            try {
                Lookups.Pending names = lookups.start();
                List<ServerMapper.Listed> raw = pager.all(Api.NOVA, "/servers/detail", "servers",
                        ServerMapper::read, directory::page);
                Map<String, String> flavors = names.flavors(ServerMapper.flavorIds(raw));
                Map<String, String> images = names.images(ServerMapper.imageIds(raw));
                servers = raw.stream().map(s -> ServerMapper.server(s, flavors, images)).toList();
                return servers;
            } finally {
                directory.finished(servers);
            }
        });
    }

    @Override
    public List<Volume> volumes() throws OpenStackException {
        return guard("volumes", () -> {
            List<VolumeMapper.Listed> raw = pager.all(Api.CINDER, "/volumes/detail", "volumes", VolumeMapper::read);
            Map<String, String> names;
            try {
                names = directory.namesFor(VolumeMapper.attachedServerIds(raw), tuning.namesWait());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OpenStackException("volumes of cloud '" + cloud + "': interrupted");
            }
            return raw.stream().map(v -> VolumeMapper.volume(v, names)).toList();
        });
    }

    @Override
    public List<SecurityGroup> securityGroups() throws OpenStackException {
        return guard("security groups", () -> SecurityGroupMapper.groups(
                pager.all(Api.NEUTRON, "/security-groups", "security_groups", SecurityGroupMapper::read)));
    }

    @Override
    public void power(Server server, ServerAction action) throws OpenStackException, ActionRefused {
        act(action.code() + " " + server.name(), () -> {
            actions.power(server, action);
            return null;
        });
    }

    @Override
    public String consoleLog(Server server, int lines) throws OpenStackException, ActionRefused {
        return act("console log of " + server.name(), () -> actions.consoleLog(server, lines));
    }

    @Override
    public String remoteConsole(Server server) throws OpenStackException, ActionRefused {
        return act("remote console of " + server.name(), () -> actions.remoteConsole(server));
    }

    private interface Act<T> {
        T run() throws OpenStackException;
    }

    /** Nova's 409 is a refusal in one line ("Nova refused to stop web-01: …"); the rest as any failure. */
    private <T> T act(String what, Act<T> act) throws OpenStackException, ActionRefused {
        try {
            return act.run();
        } catch (OpenStackException e) {
            String line = secrets.scrub(e.getMessage());
            if (e.status() == 409) {
                String why = line.contains(": ") ? line.substring(line.indexOf(": ") + 2) : line;
                throw new ActionRefused("Nova refused " + what + " in its current state: " + why);
            }
            throw new OpenStackException(line, e.status());
        }
    }

    @Override
    public Optional<String> webPage(Server server) {
        return horizon.flatMap(h -> h.webPage(server));
    }

    @Override
    public void close() {
        lookups.close();
        session.close();
    }

    @Override
    public String toString() {
        return "OpenStackCloudSource[" + cloud + "]";
    }

    private interface Fetch<T> {
        List<T> get() throws OpenStackException;
    }

    /** The last lock on secrets, and no stack trace: a bug in a mapper is still one line. */
    private <T> List<T> guard(String what, Fetch<T> fetch) throws OpenStackException {
        try {
            return fetch.get();
        } catch (OpenStackException e) {
            throw new OpenStackException(secrets.scrub(e.getMessage()), e.status());
        } catch (RuntimeException e) {
            StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            throw new OpenStackException(secrets.scrub(what + " of cloud '" + cloud + "' could not be read: " + e
                    + (at == null ? "" : " at " + at.getFileName() + ":" + at.getLineNumber())));
        }
    }

    @Override
    public long requestCount() {
        return session.requestCount();
    }
}
