package io.triptych.source;

import io.triptych.domain.ClusterNode;
import java.util.List;

/** A service source that can list its cluster's nodes. Blocking. */
public interface ClusterNodes {
    List<ClusterNode> nodes() throws Exception;
}
