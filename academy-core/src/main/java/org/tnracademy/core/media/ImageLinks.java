package org.tnracademy.core.media;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tnracademy.core.packs.PackImages;

/**
 * Where a course's lesson images are served: pack path to address. The address names the picture's
 * hash, so it never changes meaning and may be cached for good.
 */
public final class ImageLinks {

    /** The addresses this class makes, and the only image sources the lesson renderer lets through. */
    public static final Pattern URL = Pattern.compile("/course-images/[0-9]{1,19}/[0-9a-f]{64}");
    public static final ImageLinks NONE = new ImageLinks(Map.of());

    private final Map<String, String> urlByPath;

    ImageLinks(Map<String, String> urlByPath) {
        this.urlByPath = Map.copyOf(urlByPath);
    }

    /** Links from pack paths (such as {@code lessons/images/map.png}) to the addresses made by {@link #url}. */
    public static ImageLinks of(Map<String, String> urlByPath) {
        return new ImageLinks(urlByPath);
    }

    /** The address of a picture of a course. */
    public static String url(long courseId, String sha256) {
        return "/course-images/" + courseId + "/" + sha256;
    }

    /** The address of the picture at a pack path (such as {@code images/photo-1.svg}), if the course has it. */
    public Optional<String> urlOfFile(String packPath) {
        return Optional.ofNullable(packPath).map(urlByPath::get);
    }

    /** Equal when they link the same paths to the same addresses (a rendered lesson is kept by them). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImageLinks links && urlByPath.equals(links.urlByPath);
    }

    @Override
    public int hashCode() {
        return urlByPath.hashCode();
    }

    /** The address a lesson's image reference (such as {@code images/map.png}) is shown from, if the course has it. */
    public Optional<String> urlFor(String lessonReference) {
        return PackImages.resolveFromLesson(lessonReference).map(urlByPath::get);
    }
}
