package org.tnracademy.core.studio;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a calibrating instructor works from, and nothing of the key: the key version the labels
 * will be compared with, the labels to choose from, and the instructor's own labels if saved.
 *
 * @param ownLabels item to label as this instructor saved them for this key version; empty if not yet
 * @param savedAt   when they were saved; null if not yet
 */
public record CalibrationSheet(long exerciseId, int keyVersion, List<String> labels, int itemCount,
                               Map<String, String> ownLabels, Instant savedAt) {

    public CalibrationSheet {
        labels = List.copyOf(labels);
        ownLabels = Map.copyOf(ownLabels);
    }

    public boolean isSaved() {
        return savedAt != null;
    }
}
