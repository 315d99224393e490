package io.triptych.cli;

import io.triptych.iac.plan.AttributeChange;
import io.triptych.iac.plan.ResourceChange;
import java.util.ArrayList;
import java.util.List;

/** A resource change as text lines: "replace openstack_compute_instance_v2.db (forced by image_id)", then its attributes. */
final class PlanText {
    private PlanText() {
    }

    static String heading(ResourceChange r) {
        return r.action() + " " + r.address() + (r.replaceBecause().isEmpty() ? ""
                : " (forced by " + String.join(", ", r.replaceBecause()) + ")");
    }

    static List<String> attributes(ResourceChange r) {
        List<String> out = new ArrayList<>();
        for (AttributeChange a : r.attributes()) {
            out.add(a.line() + (a.forcesReplacement() ? "   # forces replacement" : ""));
        }
        return out;
    }
}
