/**
 * Team mode: the team's shared incidents and acknowledgements, kept in the team's own tracker (a GitLab
 * project named by the site file's {@code team:} block) so every console of the team sees the same ones.
 * This package is the port: what a console asks of the tracker. Adapters live beside their backend (the
 * GitLab one) or in the demo; the live layer polls and merges, the UI and the CLI act through it.
 */
package io.triptych.team;
