package org.tnracademy.core.audit;

/**
 * An upload or import the academy refused, as the audit log records it: the field it was sent to,
 * the file's name as the sender gave it, why, and the figures of why.
 *
 * @param field    the upload field
 * @param fileName the file's name as sent, or null when none was given
 * @param why      what was wrong with it
 * @param detail   the figures: sizes and limit, the type sent, or how many problems the content had
 */
public record RefusedUpload(Field field, String fileName, Why why, String detail) {

    /** Every upload and import field of the academy. */
    public enum Field {
        COURSE_PACK, DATASET, EXERCISE_KEY, ANSWER_KEY_TEXT, LESSON_PICTURE, ACCOUNT_IMPORT, COHORT_ENROLMENT,
        INDICATOR_BUNDLE
    }

    public enum Why { TOO_LARGE, WRONG_TYPE, CONTENT_PROBLEMS }

    private static final int MAX_FILE_NAME = 200;

    /**
     * A body over the field's limit.
     *
     * @param declared the length the request announced, or -1 when it announced none and reading stopped at the limit
     */
    public static RefusedUpload tooLarge(Field field, String fileName, long limitBytes, long declared) {
        return new RefusedUpload(field, fileName, Why.TOO_LARGE, declared >= 0
                ? declared + " bytes announced, limit " + limitBytes + " bytes; nothing was read"
                : "more than " + limitBytes + " bytes sent, the limit; reading stopped there");
    }

    /** A file whose name does not end in a type the field takes. */
    public static RefusedUpload wrongType(Field field, String fileName, String contentType) {
        return new RefusedUpload(field, fileName, Why.WRONG_TYPE, "type " + contentType + " not accepted");
    }

    /** A file that was read and found to have problems; nothing of it was kept. */
    public static RefusedUpload problems(Field field, String fileName, int count) {
        return new RefusedUpload(field, fileName, Why.CONTENT_PROBLEMS, count + (count == 1 ? " problem" : " problems"));
    }

    /** One line for the log: {@code ACCOUNT_IMPORT 'people.csv' TOO_LARGE: 314572800 bytes announced, ...}. */
    String describe() {
        String name = fileName == null ? "(no name)" : fileName.length() <= MAX_FILE_NAME ? fileName
                : fileName.substring(0, MAX_FILE_NAME) + "…";
        return field + " '" + name + "' " + why + ": " + detail;
    }
}
