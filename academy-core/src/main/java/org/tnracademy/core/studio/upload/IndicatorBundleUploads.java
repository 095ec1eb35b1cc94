package org.tnracademy.core.studio.upload;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Indicator bundles instructors upload while editing an indicator exercise, as its reference
 * intelligence: read and checked with their source and licence. Nothing is stored here: the editor
 * puts the bundle and its source into the exercise's spec, kept with its draft.
 */
@Service
public class IndicatorBundleUploads {

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public IndicatorBundlePreview read(String fileName, byte[] bytes, String source, String licence) {
        return IndicatorBundleFile.read(fileName, bytes, source, licence);
    }
}
