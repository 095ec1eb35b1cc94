package org.tnracademy.exercises;

/**
 * A picture file a spec shows (a question's photo, a map's basemap), which must be a picture of
 * the exercise's pack; the type knows where its spec names pictures, the pack reader which exist.
 *
 * @param field the spec's field that names it, such as {@code spec.map.basemap}
 * @param file  the path as the spec gives it, from the pack's root
 * @param what  what the picture is for, in the words of the problem an author reads ("a map's basemap")
 */
public record PictureReference(String field, String file, String what) {
}
