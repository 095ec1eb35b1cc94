package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.tnracademy.core.studio.DraftDataset;
import org.tnracademy.core.studio.upload.DatasetUploads;
import org.tnracademy.ui.studio.upload.DatasetUploadField;

/** The dataset of an exercise draft: one of the course's datasets, or a new file uploaded here. */
final class DatasetChoice extends VerticalLayout {

    private final Select<Long> dataset = new Select<>();
    private final Map<Long, DraftDataset> datasetsById = new LinkedHashMap<>();

    /** @param note told when an uploaded dataset was stored and chosen, for the instructor to save */
    DatasetChoice(DatasetUploads datasetUploads, Consumer<String> note) {
        setPadding(false);
        dataset.setId("exercise-dataset");
        dataset.setLabel(getTranslation("exercise-draft.dataset"));
        dataset.setEmptySelectionAllowed(true);
        dataset.setWidth("28em");
        dataset.setEmptySelectionCaption(getTranslation("exercise-draft.dataset.none"));
        dataset.setItemLabelGenerator(id -> id == null ? getTranslation("exercise-draft.dataset.none")
                : datasetsById.containsKey(id) ? getTranslation("exercise-draft.dataset.option", datasetsById.get(id).name(),
                datasetsById.get(id).items()) : String.valueOf(id));
        // a new dataset file: previewed and checked, then stored and chosen for this draft
        DatasetUploadField datasetUpload = new DatasetUploadField(datasetUploads);
        datasetUpload.addStoredListener(stored -> {
            datasetsById.put(stored.datasetId(), new DraftDataset(stored.datasetId(), stored.name(), stored.itemCount()));
            dataset.setItems(datasetsById.keySet());
            dataset.setValue(stored.datasetId());
            note.accept(getTranslation("exercise-draft.dataset.uploaded", stored.name(), stored.itemCount()));
        });
        Details datasetUploadDetails = new Details();
        datasetUploadDetails.setSummaryText(getTranslation("exercise-draft.dataset.upload"));
        datasetUploadDetails.add(datasetUpload);
        datasetUploadDetails.setId("exercise-dataset-upload");
        add(dataset, datasetUploadDetails);
    }

    /** The datasets the draft may choose from. */
    void setDatasets(List<DraftDataset> datasets) {
        datasetsById.clear();
        datasets.forEach(d -> datasetsById.put(d.id(), d));
        dataset.setItems(datasetsById.keySet());
    }

    Long getValue() {
        return dataset.getValue();
    }

    void setValue(Long datasetId) {
        dataset.setValue(datasetId);
    }
}
