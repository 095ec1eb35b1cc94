package org.tnracademy.core.studio.upload;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.RefusedUpload;

/**
 * Indicator bundles instructors upload while editing an indicator exercise, as its reference
 * intelligence: read and checked with their source and licence. Nothing is stored here: the editor
 * puts the bundle and its source into the exercise's spec, kept with its draft. A refused bundle is
 * written to the audit log, as every refused upload is.
 */
@Service
public class IndicatorBundleUploads {

    private final AuditLog audit;

    IndicatorBundleUploads(AuditLog audit) {
        this.audit = audit;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public IndicatorBundlePreview read(String fileName, byte[] bytes, String source, String licence) {
        IndicatorBundlePreview read = IndicatorBundleFile.read(fileName, bytes, source, licence);
        if (!read.valid()) {
            audit.recordRefusedUpload(RefusedUpload.problems(RefusedUpload.Field.INDICATOR_BUNDLE, fileName,
                    read.problems().size()), null);
        }
        return read;
    }
}
