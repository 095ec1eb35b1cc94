package org.tnracademy.core.studio;

import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.packs.CoursePack;

/** Stored datasets read back in the pack's form, so that drafts are checked as a pack import checks them. */
final class StoredDatasets {

    private StoredDatasets() {
    }

    /** A stored dataset as the pack's dataset, as the course snapshot reads one; an unknown id is the draft's problem. */
    static CoursePack.Dataset asPackDataset(DatasetService datasets, long datasetId) {
        try {
            datasets.name(datasetId);
        } catch (IllegalArgumentException unknown) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.UNKNOWN_DATASET,
                    "dataset: no dataset with id " + datasetId);
        }
        return datasets.asPackDataset(datasetId);
    }
}
