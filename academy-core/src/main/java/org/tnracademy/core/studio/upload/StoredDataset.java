package org.tnracademy.core.studio.upload;

/**
 * An uploaded dataset, stored: the id learner workspaces read it by, the pack path it is exported
 * under and how many items it has.
 */
public record StoredDataset(long datasetId, String name, int itemCount) {
}
