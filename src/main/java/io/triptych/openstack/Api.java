package io.triptych.openstack;

import java.util.List;

/** The OpenStack services Triptych reads: the name used in messages, the types sought in the catalog. */
enum Api {
    KEYSTONE("Keystone"),
    NOVA("Nova", "compute"),
    // "block-storage" is the official type today; older clouds register volumev3, volumev2 or volume.
    CINDER("Cinder", "block-storage", "volumev3", "volumev2", "volume"),
    NEUTRON("Neutron", "network"),
    GLANCE("Glance", "image");

    private final String displayName;
    private final List<String> catalogTypes;

    Api(String displayName, String... catalogTypes) {
        this.displayName = displayName;
        this.catalogTypes = List.of(catalogTypes);
    }

    String displayName() {
        return displayName;
    }

    List<String> catalogTypes() {
        return catalogTypes;
    }
}
