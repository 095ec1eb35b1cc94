package org.tnracademy.core.catalog;

import org.tnracademy.exercises.labelling.LabellingKey;
import org.tnracademy.exercises.labelling.LabellingSpec;

/** What the grader needs of an exercise version, key included. Only grading code receives it. */
public record GradingMaterial(long exerciseId, String type, int version, int maxAttempts,
                              LabellingSpec spec, LabellingKey key) {
}
