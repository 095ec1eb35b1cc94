package org.tnracademy.core.media;

import java.time.Instant;

import org.tnracademy.core.packs.PackImages;

/**
 * A stored picture without its bytes: what the studio lists.
 *
 * @param path      the picture's path in the pack, such as {@code lessons/images/map.png}
 * @param published whether learners see this content at this path
 */
public record CourseImageInfo(long courseId, String path, String mediaType, String sha256, long sizeBytes,
                              String uploadedBy, Instant uploadedAt, boolean published) {

    /** How a lesson refers to the picture: its path read from the lessons' folder, such as {@code images/map.png}. */
    public String lessonReference() {
        return path.startsWith(PackImages.LESSON_FILE_PREFIX) ? path.substring(PackImages.LESSON_FILE_PREFIX.length())
                : "../" + path;
    }

    /** The picture's own file name, such as {@code map.png}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Where the academy serves this picture. */
    public String url() {
        return ImageLinks.url(courseId, sha256);
    }
}
