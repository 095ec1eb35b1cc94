package org.tnracademy.core.packs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.PictureReference;

/**
 * The pictures an exercise's spec shows (a question's photo, the map's basemap) must be picture
 * files of its pack. The type checks the spec's shape; the pack is known only here. Paths are read
 * from the pack's root, like an exercise's dataset and key.
 */
public final class ExercisePictures {

    private ExercisePictures() {
    }

    /**
     * Each picture reference of the spec that is not a picture of the pack, as
     * {@code "spec.<field>: <reason>"}, in spec order; empty for specs that show no pictures.
     *
     * @param type      the exercise's type, which knows where its spec names pictures
     * @param packFiles every file of the pack (or, in the studio, every picture of the course)
     */
    public static List<String> problems(ExerciseType<?, ?, ?> type, Object spec, Collection<String> packFiles) {
        List<String> problems = new ArrayList<>();
        for (PictureReference picture : pictures(type, spec)) {
            check(picture.field(), picture.file(), picture.what(), packFiles, problems);
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static <S> List<PictureReference> pictures(ExerciseType<S, ?, ?> type, Object spec) {
        return spec == null ? List.of() : type.pictures((S) spec);
    }

    private static void check(String field, String file, String what, Collection<String> packFiles,
                              List<String> problems) {
        String shown = "'" + PackReferences.shorten(file) + "'";
        if (!PackPaths.isSafe(file)) {
            problems.add(field + ": " + shown + " is not a path inside the pack: give the picture's path from the "
                    + "pack's root, such as images/photo-1.png");
        } else if (PackImages.mediaType(file).isEmpty()) {
            problems.add(field + ": " + shown + " is not a picture: " + what + " must be a PNG, JPEG, WebP or SVG "
                    + "file of the pack");
        } else if (!packFiles.contains(file)) {
            problems.add(field + ": " + shown + " is not in the pack (paths are read from the pack's root)");
        }
    }
}
