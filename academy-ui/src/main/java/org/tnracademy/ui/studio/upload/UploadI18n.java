package org.tnracademy.ui.studio.upload;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The texts of an upload button, from the interface's bundles. */
final class UploadI18n {

    private UploadI18n() {
    }

    static void apply(Upload upload, String button, String drop, String rejected) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(button).setMany(button));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        upload.setI18n(i18n);
    }
}
