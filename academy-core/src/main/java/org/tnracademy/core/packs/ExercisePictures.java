package org.tnracademy.core.packs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.PictureReference;
import org.tnracademy.exercises.SpecProblem;

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
        return checked(type, spec, packFiles).stream().map(p -> p.field() + ": " + p.reason()).toList();
    }

    /** The same problems, each with its field ({@code spec.<field>}) and its code with arguments. */
    public static List<SpecProblem> checked(ExerciseType<?, ?, ?> type, Object spec, Collection<String> packFiles) {
        List<SpecProblem> problems = new ArrayList<>();
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
                              List<SpecProblem> problems) {
        String path = PackReferences.shorten(file);
        String shown = "'" + path + "'";
        if (!PackPaths.isSafe(file)) {
            problems.add(SpecProblem.of(field, shown + " is not a path inside the pack: give the picture's path from the "
                    + "pack's root, such as images/photo-1.png", PackProblemCode.PICTURE_PATH, path));
        } else if (PackImages.mediaType(file).isEmpty()) {
            problems.add(SpecProblem.of(field, shown + " is not a picture: " + what + " must be a PNG, JPEG, WebP or SVG "
                    + "file of the pack", PackProblemCode.PICTURE_NOT_AN_IMAGE, path));
        } else if (!packFiles.contains(file)) {
            problems.add(SpecProblem.of(field, shown + " is not in the pack (paths are read from the pack's root)",
                    PackProblemCode.PICTURE_MISSING, path));
        }
    }
}
