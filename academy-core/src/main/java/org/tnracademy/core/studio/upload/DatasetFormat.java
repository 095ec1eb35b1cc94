package org.tnracademy.core.studio.upload;

import java.util.Locale;
import java.util.Optional;

/** The kinds of dataset file an instructor may upload, told apart by the file's extension. */
public enum DatasetFormat {
    /** A header row, then one item per record. */
    CSV("csv"),
    /** The pack format: one JSON object per line. */
    JSONL("jsonl"),
    /** A STIX 2.1 bundle: one item per object. */
    STIX_BUNDLE("json");

    private final String extension;

    DatasetFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DatasetFormat> of(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        for (DatasetFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
