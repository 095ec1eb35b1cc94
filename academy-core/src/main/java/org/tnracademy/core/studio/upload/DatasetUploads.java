package org.tnracademy.core.studio.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackValidationException;

/**
 * Datasets instructors upload for their exercises (CSV, JSON Lines, STIX 2.1 bundle): previewed
 * with every problem first, then stored whole, and only when the file has no problem at all.
 */
@Service
public class DatasetUploads {

    private final DatasetService datasets;
    private final AuditLog audit;

    DatasetUploads(DatasetService datasets, AuditLog audit) {
        this.datasets = datasets;
        this.audit = audit;
    }

    /** The file as read: its items and every problem; nothing is stored. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public DatasetPreview preview(String fileName, byte[] bytes) {
        DatasetPreview read = DatasetFile.read(fileName, bytes);
        if (!read.valid()) {
            audit.recordRefusedUpload(RefusedUpload.problems(RefusedUpload.Field.DATASET, read.fileName(),
                    read.problems().size()), null);
        }
        return read;
    }

    /**
     * Stores the file's items as a new dataset, which an exercise then names by its id.
     *
     * @throws PackValidationException listing every problem of the file; nothing was stored
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public StoredDataset store(String fileName, byte[] bytes) {
        DatasetPreview read = DatasetFile.read(fileName, bytes);
        if (!read.valid()) {
            audit.recordRefusedUpload(RefusedUpload.problems(RefusedUpload.Field.DATASET, read.fileName(),
                    read.problems().size()), null);
            throw new PackValidationException(read.fileName(), read.problems());
        }
        String name = DatasetFile.packName(read.fileName());
        long id = datasets.store(new CoursePack.Dataset(name, read.allItems(), sha256(bytes)));
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        audit.record(actor, AuditAction.CONTENT_IMPORTED,
                AuditMessage.of("dataset-uploaded", read.fileName(), name, read.itemCount()), "uploaded dataset " + read.fileName() + " as " + name
                + " (dataset " + id + ", " + read.itemCount() + " items)", null);
        return new StoredDataset(id, name, read.itemCount());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
