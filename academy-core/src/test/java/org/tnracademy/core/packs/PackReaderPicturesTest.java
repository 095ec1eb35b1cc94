package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An estimate exercise's photos and basemap are picture files of its pack, named from the pack's
 * root: a pack whose reference is missing, not a picture or outside the pack is refused with the
 * exercise file, the line and the field.
 */
class PackReaderPicturesTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" "
            + "height=\"10\"/></svg>\n";

    private final PackReader reader = new PackReader();

    @Test
    void photosAndBasemapOfThePackAreReadAndStoredAsPictures(@TempDir Path dir) throws IOException {
        onePack(dir, "images/photo-1.svg", "images/isles.svg");

        CoursePack pack = reader.read(new DirectoryPackSource(dir));

        assertThat(pack.images()).extracting(CoursePack.Image::path)
                .containsExactly("images/isles.svg", "images/photo-1.svg");
        CoursePack.Exercise exercise = (CoursePack.Exercise) pack.modules().getFirst().items().getFirst();
        assertThat(exercise.spec()).containsKey("map");
    }

    @Test
    void aMissingPhotoAndABasemapThatIsNoPictureAreNamedWithFileLineAndField(@TempDir Path dir) throws IOException {
        onePack(dir, "images/photo-2.svg", "keys/ex.key.yaml");

        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .extracting(PackProblem::toString).containsExactly(
                                "exercises/ex.yaml:22: spec.questions[0].picture.file: 'images/photo-2.svg' is not in "
                                        + "the pack (paths are read from the pack's root)",
                                "exercises/ex.yaml:9: spec.map.basemap: 'keys/ex.key.yaml' is not a picture: a map's "
                                        + "basemap must be a PNG, JPEG, WebP or SVG file of the pack"));
    }

    @Test
    void aPhotoOutsideThePackIsRefused(@TempDir Path dir) throws IOException {
        onePack(dir, "../outside.png", "images/isles.svg");

        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .extracting(PackProblem::toString).containsExactly(
                                "exercises/ex.yaml:22: spec.questions[0].picture.file: '../outside.png' is not a path "
                                        + "inside the pack: give the picture's path from the pack's root, such as "
                                        + "images/photo-1.png"));
    }

    private static void onePack(Path dir, String photo, String basemap) throws IOException {
        OneExercisePack.write(dir, """
                id: ex
                type: estimate
                version: 1
                title: {en: "Place the photo"}
                instructions: {en: "Where was it taken?"}
                key: keys/ex.key.yaml
                spec:
                  map:
                    basemap: %s
                    alt: {en: "Map of the isles"}
                    south: -43
                    west: -26
                    north: -41
                    east: -23
                  questions:
                    - id: q-1
                      kind: location
                      prompt: {en: "Where?"}
                      tolerance: 1
                      zeroCredit: 8
                      picture:
                        file: %s
                        alt: {en: "A lighthouse straight ahead"}
                """.formatted(basemap, photo), """
                exercise: ex
                answers:
                  - {question: q-1, latitude: -42, longitude: -25, explanation: {en: "Back from the light."}}
                """);
        write(dir, "images/photo-1.svg", SVG);
        write(dir, "images/isles.svg", SVG);
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
