package io.triptych.init;

import io.triptych.config.clouds.CloudNames;
import io.triptych.config.clouds.CloudsSearch;

/** The clouds of the clouds.yaml openstacksdk would read (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack, /etc). */
final class CloudFinder {
    private CloudFinder() {
    }

    static void find(Machine m, Discovered.Builder out) {
        CloudNames.find(new CloudsSearch(m.env(), m.home(), m.cwd(), m.etc())).ifPresent(listed -> {
            listed.problem().ifPresent(out.notes::add);
            listed.names().forEach(n -> out.add(new Found.Cloud(n, listed.file(), m.show(listed.file()))));
        });
    }
}
