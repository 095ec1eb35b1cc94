/**
 * Calibration across attempts (docs/calibration.md): a learner's reliability curve over all their
 * attempts with a confidence, and the analysts of a cohort who claim more than they get right. Reads
 * the claims grading stored with each attempt; the scoring itself is pure, in
 * {@code org.tnracademy.exercises.calibration}.
 */
package org.tnracademy.core.calibration;
