package org.tnracademy.core.studio.upload;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.packs.PackValidationException;

/**
 * Answer keys instructors upload while editing an exercise: read and checked against the
 * exercise's spec and, for item-labelling, against every item of its dataset. Nothing is stored
 * here: the editor keeps the key with the exercise's draft.
 */
@Service
public class KeyUploads {

    private final DatasetService datasets;

    private final AuditLog audit;

    KeyUploads(DatasetService datasets, AuditLog audit) {
        this.datasets = datasets;
        this.audit = audit;
    }

    /**
     * @param typeId    the exercise's type, such as {@code item-labelling}
     * @param spec      the exercise's spec tree
     * @param datasetId the exercise's stored dataset, or null when it has none
     * @return the key tree, in the type's key format
     * @throws PackValidationException naming every problem of the file, with its line
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Map<String, Object> read(String typeId, String fileName, byte[] bytes, Map<String, Object> spec,
                                    Long datasetId) {
        List<String> itemIds = datasetId == null ? null : datasets.itemKeys(datasetId);
        try {
            return KeyFile.read(typeId, fileName, bytes, spec, itemIds);
        } catch (PackValidationException refused) {
            audit.recordRefusedUpload(RefusedUpload.problems(RefusedUpload.Field.EXERCISE_KEY, fileName,
                    refused.problems().size()), null);
            throw refused;
        }
    }
}
