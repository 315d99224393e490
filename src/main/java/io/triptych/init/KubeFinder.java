package io.triptych.init;

import io.triptych.config.KubeconfigFiles;
import java.nio.file.Path;
import java.util.Optional;

/** The kube contexts of the kubeconfig as kubectl finds it (every file of KUBECONFIG merged, else ~/.kube/config). */
final class KubeFinder {
    private KubeFinder() {
    }

    static void find(Machine m, Discovered.Builder out) {
        KubeconfigFiles k = KubeconfigFiles.read(Optional.empty(), m.env(), m.home());
        for (KubeconfigFiles.Context c : k.contexts()) {
            // The site file names one kubeconfig: only when this file holds all the context needs.
            Optional<Path> self = k.clusterFile(c.cluster()).filter(c.file()::equals)
                    .flatMap(f -> k.userFile(c.user()).filter(f::equals)).map(f -> c.file());
            String origin = k.files().size() > 1 ? "KUBECONFIG (" + m.show(c.file()) + ")" : m.show(c.file());
            out.add(new Found.KubeContext(c.name(), self, c.namespace(), c.cluster(), origin));
        }
    }
}
