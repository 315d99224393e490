package io.triptych.iac.ci;

import java.util.Optional;

/** The resource group a job waits for, and the job holding it (empty when the server cannot say). */
public record CiHolder(String resourceGroup, Optional<CiJob> holder) {
}
