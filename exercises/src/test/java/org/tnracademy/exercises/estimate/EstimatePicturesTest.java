package org.tnracademy.exercises.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A question's photo and the map location answers are placed on, as a spec gives them. */
class EstimatePicturesTest {

    private static Map<String, Object> place(Map<String, Object> picture) {
        Map<String, Object> q = new LinkedHashMap<>(Map.of("id", "q-place", "kind", "location",
                "prompt", Map.of("en", "Where?"), "tolerance", 1, "zeroCredit", 8));
        if (picture != null) {
            q.put("picture", picture);
        }
        return q;
    }

    private static Map<String, Object> map(double south, double north) {
        return Map.of("basemap", "images/isles.svg", "alt", Map.of("en", "Map of the isles", "fr", "Carte des îles"),
                "south", south, "west", -26, "north", north, "east", -23.5);
    }

    @Test
    void readsEachQuestionsPictureAndTheMap() {
        EstimateSpec spec = EstimateSpec.fromMap(Map.of("map", map(-43, -41.35), "questions", List.of(place(Map.of(
                "file", "images/q-place.svg", "alt", Map.of("en", "A lighthouse ahead"),
                "caption", Map.of("en", "IMG_1.jpg"))))));
        Picture picture = spec.questions().getFirst().picture();
        assertThat(picture.file()).isEqualTo("images/q-place.svg");
        assertThat(picture.alt().in(java.util.Locale.ENGLISH)).isEqualTo("A lighthouse ahead");
        assertThat(spec.map().basemap()).isEqualTo("images/isles.svg");
        assertThat(spec.map().covers(-42, -25)).isTrue();
        assertThat(spec.map().covers(-40, -25)).isFalse();
        assertThat(spec.pictureFiles()).containsExactly("images/q-place.svg", "images/isles.svg");
    }

    @Test
    void aSpecWithoutPicturesHasNone() {
        EstimateSpec spec = EstimateSpec.fromMap(Map.of("questions", List.of(place(null))));
        assertThat(spec.map()).isNull();
        assertThat(spec.questions().getFirst().picture()).isNull();
        assertThat(spec.pictureFiles()).isEmpty();
    }

    @Test
    void aPictureWithoutFileOrAltAndABackwardMapAreRefusedByPath() {
        assertThatThrownBy(() -> EstimateSpec.fromMap(Map.of("map", map(-41, -43), "questions",
                List.of(place(Map.of("caption", Map.of("en", "IMG_1.jpg")))))))
                .hasMessageContaining("questions[0].picture.file: is required")
                .hasMessageContaining("questions[0].picture.alt: is required")
                .hasMessageContaining("map.north: -43.0 must be north of south (-41.0)");
    }

    @Test
    void aMapNeedsALocationQuestion() {
        Map<String, Object> number = Map.of("id", "q-n", "kind", "number", "prompt", Map.of("en", "How far?"),
                "unit", "km", "tolerance", 1, "zeroCredit", 2);
        assertThatThrownBy(() -> EstimateSpec.fromMap(Map.of("map", map(-43, -41), "questions", List.of(number))))
                .hasMessageContaining("map: a map is for location questions");
    }
}
