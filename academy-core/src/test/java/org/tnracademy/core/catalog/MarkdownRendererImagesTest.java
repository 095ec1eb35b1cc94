package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tnracademy.core.media.ImageLinks;

/** Lesson images: a course's pictures are shown from the academy's address for them, nothing else loads. */
class MarkdownRendererImagesTest {

    private static final String HASH = "ab".repeat(32);
    private static final String URL = ImageLinks.url(7, HASH);

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final ImageLinks links = ImageLinks.of(Map.of("lessons/images/map.png", URL,
            "images/root.png", ImageLinks.url(7, "cd".repeat(32))));

    @Test
    void aPictureOfTheCourseIsShownFromItsHashAddressWithItsAltText() {
        String html = renderer.toSafeHtml("Look:\n\n![Synthetic map of sightings](images/map.png \"Map\")", links);
        assertThat(html).contains("<img src=\"" + URL + "\"").contains("alt=\"Synthetic map of sightings\"")
                .contains("title=\"Map\"").doesNotContain("images/map.png");
    }

    @Test
    void aPathReadFromTheLessonsFolderReachesPicturesAtThePackRoot() {
        assertThat(renderer.toSafeHtml("![Root picture](../images/root.png)", links))
                .contains("<img src=\"" + ImageLinks.url(7, "cd".repeat(32)) + "\"");
        assertThat(renderer.toSafeHtml("![Same](./images/map.png)", links)).contains("<img src=\"" + URL + "\"");
    }

    @Test
    void theSameLessonIsRenderedOnceForEveryReaderAndAgainForOtherPictures() {
        String lesson = "Look:\n\n![Map](images/map.png)";
        String first = renderer.toSafeHtml(lesson, links);

        assertThat(renderer.toSafeHtml(new String(lesson.toCharArray()), ImageLinks.of(Map.of(
                "lessons/images/map.png", URL, "images/root.png", ImageLinks.url(7, "cd".repeat(32))))))
                .as("kept for equal text and links").isSameAs(first);
        assertThat(renderer.toSafeHtml(lesson, ImageLinks.of(Map.of("lessons/images/map.png", ImageLinks.url(8, HASH)))))
                .as("another course's pictures").contains(ImageLinks.url(8, HASH)).doesNotContain(URL);
        assertThat(renderer.toSafeHtml(lesson)).as("no pictures").doesNotContain("<img").contains("Map");
    }

    @Test
    void aLessonTooLongToKeepIsRenderedAllTheSame() {
        String lesson = "![Map](images/map.png)\n\n" + "word ".repeat(8_000);

        assertThat(renderer.toSafeHtml(lesson, links)).contains("<img src=\"" + URL + "\"").endsWith("word</p>\n");
    }

    @Test
    void aPictureTheCourseDoesNotHaveShowsItsAltTextAndLoadsNothing() {
        String html = renderer.toSafeHtml("Before ![A missing chart](images/missing.png) after", links);
        assertThat(html).doesNotContain("<img").contains("Before A missing chart after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://tracker.example/pixel.png", "//tracker.example/pixel.png", "/etc/passwd.png",
            "javascript:alert(1)", "data:image/svg+xml;base64,PHN2Zz4=", "../../images/map.png",
            "/course-images/7/" + "ab" + "ab", "file:///etc/passwd"})
    void noOtherImageSourceReachesTheBrowser(String source) {
        String html = renderer.toSafeHtml("![x](" + source + ")", links);
        assertThat(html).doesNotContain("<img").doesNotContain("tracker.example").doesNotContain("javascript:");
    }

    @Test
    void aHashAddressWrittenByHandIsNotTrustedWithoutThePicture() {
        // the renderer rewrites pack paths; an address typed into the Markdown is just an unknown path
        assertThat(renderer.toSafeHtml("![x](" + URL + ")", links)).doesNotContain("<img");
    }

    @Test
    void rawHtmlImagesStayText() {
        String html = renderer.toSafeHtml("<img src=\"" + URL + "\" onerror=\"alert(1)\">", links);
        assertThat(html).doesNotContain("<img").doesNotContainPattern("<[^>]*\\son\\w+=");
    }

    @Test
    void withoutTheCoursesPicturesNoImageIsShown() {
        assertThat(renderer.toSafeHtml("![Map](images/map.png)")).doesNotContain("<img").contains("Map");
    }
}
