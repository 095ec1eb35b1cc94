package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The synthetic pictures show what the prompts say, in the key's geometry, and always the same bytes. */
class PhotoPictureTest {

    private static List<PhotoRecord> photos(int n) {
        List<PhotoRecord> photos = new ArrayList<>();
        new PhotoMetadataGenerator().generate(n, photos::add);
        return photos;
    }

    private static String attribute(String svg, String element, String name) {
        Matcher m = Pattern.compile("<" + element + " id=\"[a-z]+\"[^>]*? " + name + "=\"([^\"]*)\"").matcher(svg);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void theLandmarkStraightAheadIsWhereTheKeySaysTheCameraFaced() {
        for (PhotoRecord p : photos(40)) {
            PhotoScene scene = p.scene();
            String svg = PhotoPicture.svg(p);
            if (scene.landmark() == null) {
                assertThat(svg).as(p.id()).doesNotContain("id=\"landmark\"");
                continue;
            }
            // from the key's position, the landmark lies on the bearing the picture is centred on
            double bearing = PhotoMetadataGenerator.bearing(p.trueLatitude(), p.trueLongitude(),
                    scene.landmark().latitude(), scene.landmark().longitude());
            assertThat(PhotoPicture.relative(bearing, scene.facing())).as(p.id()).isCloseTo(0, within(0.5));
            assertThat(svg).as(p.id()).contains("<g id=\"landmark\" data-kind=\"" + scene.landmark().kind()
                    + "\" data-bearing=\"" + scene.facing() + "\"")
                    .contains("transform=\"translate(" + PhotoPicture.WIDTH / 2 + " 0)\"");
            assertThat(Double.parseDouble(attribute(svg, "g", "data-angle"))).as(p.id())
                    .isCloseTo(Math.toDegrees(Math.atan(scene.landmark().heightMetres()
                            / (scene.distanceKm() * 1000))), within(0.01));
            if (scene.facingRecorded()) {
                assertThat(p.imageDirection()).isEqualTo(scene.facing() + "°");
                assertThat(svg).contains("data-heading=\"" + scene.facing() + "\"");
            }
        }
    }

    @Test
    void shadowsAndSignsAreThoseThePromptStates() {
        for (PhotoRecord p : photos(40)) {
            String svg = PhotoPicture.svg(p);
            String shadow = attribute(svg, "line", "data-bearing");
            if (p.clue().equals("solar-noon-latitude")) {
                assertThat(shadow).as(p.id()).isEqualTo("180");
            } else {
                assertThat(Texts.en(p.sun())).as(p.id()).contains("Shadows point to bearing " + shadow + "°");
            }
            boolean english = Texts.en(p.signage()).contains("English");
            assertThat(svg).as(p.id()).contains(english ? "BUS STOP" : "ARRÊT DE BUS")
                    .contains("data-language=\"" + (english ? "en" : "fr") + "\"")
                    .contains(p.fileName()).contains("synthetic picture").contains("SYNTHETIC");
        }
    }

    @Test
    void theSamePhotoAlwaysGivesTheSameBytes() {
        List<String> first = photos(8).stream().map(PhotoPicture::svg).toList();
        assertThat(photos(8).stream().map(PhotoPicture::svg).toList()).isEqualTo(first);
        assertThat(new MarrowenBasemap(PostGenerator.DEFAULT_SEED).svg())
                .isEqualTo(new MarrowenBasemap(PostGenerator.DEFAULT_SEED).svg());
    }

    @Test
    void theBasemapIsInWebMercatorOverItsBounds() {
        assertThat(MarrowenBasemap.x(MarrowenBasemap.WEST)).isZero();
        assertThat(MarrowenBasemap.x(MarrowenBasemap.EAST)).isEqualTo(MarrowenBasemap.WIDTH);
        assertThat(MarrowenBasemap.y(MarrowenBasemap.NORTH)).isZero();
        assertThat(MarrowenBasemap.y(MarrowenBasemap.SOUTH)).isCloseTo(MarrowenBasemap.height(), within(1e-9));
        // a Mercator degree of latitude here is about 1 / cos(42°) degrees of longitude wide
        double perLatitude = (MarrowenBasemap.y(-42.5) - MarrowenBasemap.y(-41.5));
        double perLongitude = MarrowenBasemap.x(-24) - MarrowenBasemap.x(-25);
        assertThat(perLatitude / perLongitude).isCloseTo(1 / Math.cos(Math.toRadians(42)), within(0.01));
        for (PhotoRecord p : photos(200)) {
            assertThat(p.trueLatitude()).isBetween(MarrowenBasemap.SOUTH, MarrowenBasemap.NORTH);
            assertThat(p.trueLongitude()).isBetween(MarrowenBasemap.WEST, MarrowenBasemap.EAST);
        }
        String svg = new MarrowenBasemap(PostGenerator.DEFAULT_SEED).svg();
        assertThat(svg).contains("data-island=\"Harrow\"").contains("data-island=\"Île Castelbrune\"");
        Gazetteer.LANDMARKS.forEach(l -> assertThat(svg).contains("data-id=\"" + l.id() + "\""));
    }
}
