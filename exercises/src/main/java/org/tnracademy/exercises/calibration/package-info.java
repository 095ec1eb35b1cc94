/**
 * Confidence, calibrated: what an exercise asks ({@link ConfidencePolicy}), what a learner gives
 * ({@link Confidence}), and how well the confidence matched the outcome ({@link Calibration}: Brier
 * score, calibration score, reliability bins). A capability of every type: a confidence per answer
 * works for all of them; a confidence per item for the types that list their items
 * ({@link org.tnracademy.exercises.ExerciseType#confidenceItems}). Pure: no Spring, no I/O.
 */
package org.tnracademy.exercises.calibration;
