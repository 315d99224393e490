package io.triptych.init;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One thing found on the machine that a site file can name. {@link #name} is unique within its kind and is
 * what {@code --env integration=cloud:NAME} refers to; {@link #words} are what its environment is guessed
 * from. None holds a secret: credentials stay in the files they were found in.
 */
public sealed interface Found {
    Kind kind();

    String name();

    /** Where it was found, for the operator: "~/.config/openstack/clouds.yaml". */
    String origin();

    /** The names an environment is guessed from (the name itself, a namespace, a workspace…). */
    default List<String> words() {
        return List.of(name());
    }

    /** "cloud:fsgs-int": how the operator refers to it. */
    default String ref() {
        return kind().word() + ":" + name();
    }

    /** An entry of clouds.yaml. */
    record Cloud(String name, Path cloudsFile, String origin) implements Found {
        @Override public Kind kind() { return Kind.CLOUD; }
    }

    /** A kube context; {@code kubeconfig} is set when one file defines its context, cluster and user. */
    record KubeContext(String name, Optional<Path> kubeconfig, Optional<String> namespace, String cluster,
                       String origin) implements Found {
        @Override public Kind kind() { return Kind.CONTEXT; }

        @Override public List<String> words() {
            return namespace.map(ns -> List.of(name, ns, cluster)).orElse(List.of(name, cluster));
        }
    }

    /**
     * A Docker engine, or one stack on it ({@code name} "ctx/stack").
     *
     * @param certPath the folder holding ca.pem, cert.pem and key.pem, when the engine is reached over TLS
     */
    record Docker(String name, String host, Optional<Path> certPath, Optional<String> stack, String origin)
            implements Found {
        @Override public Kind kind() { return Kind.DOCKER; }

        @Override public List<String> words() {
            return stack.map(s -> List.of(s)).orElse(List.of(name));
        }

        public Docker withStack(String s) {
            return new Docker(endpoint() + "/" + s, host, certPath, Optional.of(s), origin);
        }

        /** The engine's name without the stack. */
        public String endpoint() {
            return stack.isPresent() ? name.substring(0, name.lastIndexOf('/')) : name;
        }
    }

    /** A GitLab server ({@code name}: its host) with the projects the current folder's remotes point at. */
    record GitLab(String name, URI url, List<String> projects, String tokenEnv, String origin) implements Found {
        public GitLab {
            projects = List.copyOf(projects);
        }

        @Override public Kind kind() { return Kind.GITLAB; }

        /** A GitLab serves every environment: its name says none. */
        @Override public List<String> words() {
            return List.of();
        }
    }

    /** A Terraform root module, with one of its workspaces ({@code name} "dir@workspace"). */
    record Terraform(String name, Path dir, Optional<String> workspace, String origin) implements Found {
        @Override public Kind kind() { return Kind.TERRAFORM; }

        @Override public List<String> words() {
            return workspace.map(w -> List.of(w)).orElse(List.of(name));
        }
    }

    /** An Ansible inventory ({@code name} "dir/inventory"), with the folder and playbook it goes with. */
    record Ansible(String name, Path dir, Path inventory, Optional<Path> playbook, String origin) implements Found {
        @Override public Kind kind() { return Kind.ANSIBLE; }

        @Override public List<String> words() {
            return List.of(inventory.getFileName().toString().replaceFirst("\\.(ini|ya?ml)$", ""));
        }
    }
}
