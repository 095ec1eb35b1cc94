/**
 * Confidence, calibrated, in the UI (docs/calibration.md): the confidence a learner gives beside
 * any type's workspace, their calibration in feedback and on My progress (chart and table), and the
 * cohort dashboard's over-claiming analysts. Figures come from the core; nothing here decides them.
 */
package org.tnracademy.ui.calibration;
