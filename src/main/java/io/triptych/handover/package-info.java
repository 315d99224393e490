/**
 * The shift handover (Paris ↔ Beijing): for a period, the team's open incidents with their acknowledgements
 * (or this console's open and acknowledged problems without a team tracker), what changed per environment,
 * the runs made and each environment's health now — gathered once ({@link io.triptych.handover.HandoverBuilder})
 * and rendered as Markdown (to post as a note) or as a self-contained HTML page, in English, French or Chinese.
 * No JavaFX: the command line and the window share it.
 */
package io.triptych.handover;
