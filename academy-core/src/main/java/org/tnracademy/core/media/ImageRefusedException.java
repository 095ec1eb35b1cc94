package org.tnracademy.core.media;

import org.tnracademy.core.packs.PackImages;

/**
 * An upload that cannot become a picture of the course: nothing was stored. The reason picks the
 * message shown; the detail names the file and what is wrong, in English, for logs and tests.
 */
public class ImageRefusedException extends RuntimeException {

    public enum Reason { UNKNOWN_COURSE, BAD_NAME, NOT_AN_IMAGE, SVG_NOT_UPLOADABLE, EMPTY, TOO_LARGE, CONTENT_MISMATCH }

    private final Reason reason;
    private final String fileName;

    public ImageRefusedException(Reason reason, String fileName, String detail) {
        super(detail);
        this.reason = reason;
        this.fileName = fileName;
    }

    static ImageRefusedException of(String fileName, PackImages.UploadProblem problem) {
        return new ImageRefusedException(Reason.valueOf(problem.refusal().name()), fileName, problem.detail());
    }

    public Reason reason() {
        return reason;
    }

    /** The file's name as uploaded. */
    public String fileName() {
        return fileName;
    }
}
