package io.triptych.config;

import java.util.List;

/**
 * Checks, while the site file is read, that an environment's {@code openstack:} block names a cloud that
 * resolves (clouds.yaml found, entry present, credentials complete), so every problem is reported in
 * one pass and before anything connects. Implemented by {@code config.clouds.CloudResolver}.
 */
@FunctionalInterface
public interface CloudCheck {
    /** No check: the site file alone (tests of the file's shape, tools that do not connect). */
    CloudCheck NONE = config -> List.of();

    /** Every problem, each one full line ({@code FILE:LINE:COLUMN: what — what to do}); empty when it resolves. */
    List<String> problems(OpenStackConfig config);
}
