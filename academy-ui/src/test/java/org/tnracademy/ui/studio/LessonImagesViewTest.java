package org.tnracademy.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.media.CourseImageInfo;
import org.tnracademy.core.media.ImageLibrary;
import org.tnracademy.core.media.ImageRefusedException;
import org.tnracademy.core.packs.PackImages;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.ui.testsupport.SyntheticImages;

/**
 * Pictures in the lesson editor without a browser: upload, the course's list, inserting with the
 * required alt text, the preview showing the picture, and refusals named.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=studio-images")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class LessonImagesViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    ImageLibrary library;
    @Autowired
    LessonDrafts lessonDrafts;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void anUploadedPictureIsListedAndInsertedWithItsAltTextAndThePreviewShowsIt() {
        open(lesson(0));
        byte[] png = SyntheticImages.png(32, 16, 51);
        test($(Upload.class).id("image-upload")).upload("Sightings Map.png", "image/png", png);

        @SuppressWarnings("unchecked")
        Grid<CourseImageInfo> list = $(Grid.class).id("image-list");
        CourseImageInfo map = java.util.stream.IntStream.range(0, test(list).size()).mapToObj(i -> test(list).getRow(i))
                .filter(i -> i.fileName().equals("Sightings-Map.png")).findFirst().orElseThrow();
        assertThat(map.lessonReference()).isEqualTo("images/Sightings-Map.png");
        assertThat(map.sha256()).isEqualTo(PackImages.sha256(png));

        test($(TextArea.class).id("lesson-markdown")).setValue("Where the posts came from:");
        test($(TextField.class).id("image-alt")).setValue("Synthetic map of [three] sightings");
        test(insertButton("Sightings-Map.png")).click();

        assertThat($(TextArea.class).id("lesson-markdown").getValue()).isEqualTo(
                "Where the posts came from:\n\n![Synthetic map of \\[three\\] sightings](images/Sightings-Map.png)\n");
        assertThat($(TextField.class).id("image-alt").getValue()).as("ready for the next picture").isEmpty();
        String preview = $(Div.class).id("lesson-preview").getElement().getProperty("innerHTML");
        assertThat(preview).contains("<img src=\"" + map.url() + "\"")
                .contains("alt=\"Synthetic map of [three] sightings\"");
    }

    @Test
    void insertingWithoutAltTextIsRefusedAndTheTextStaysAsItWas() {
        open(lesson(1));
        test($(Upload.class).id("image-upload")).upload("chart.png", "image/png", SyntheticImages.png(8, 8, 52));
        test($(TextArea.class).id("lesson-markdown")).setValue("Kept text.");
        test($(TextField.class).id("image-alt")).setValue("   ");
        test(insertButton("chart.png")).click();

        Paragraph error = $(Paragraph.class).id("image-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Write the alt text first: it tells readers who cannot see the picture "
                + "what it shows.");
        assertThat($(TextField.class).id("image-alt").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("lesson-markdown").getValue()).isEqualTo("Kept text.");
    }

    @Test
    void aTextFileNamedPngIsRefusedWithItsNameAndNothingIsListed() {
        open(lesson(2));
        int before = library.list(courseId()).size();
        test($(Upload.class).id("image-upload")).upload("notes.png", "image/png",
                "these are notes, not a picture".getBytes(StandardCharsets.UTF_8));

        Paragraph error = $(Paragraph.class).id("image-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("notes.png does not hold the kind of picture its name says. Upload the "
                + "picture itself, saved as PNG, JPEG or WebP.");
        assertThat(library.list(courseId())).hasSize(before);
    }

    @Test
    void publishingALessonWhosePictureIsMissingNamesTheLessonAndThePath() {
        long lessonId = lesson(3);
        open(lessonId);
        test($(TextArea.class).id("lesson-markdown")).setValue("Intro\n\n![A chart](images/not-uploaded.png)\n");
        test($(Button.class).id("save-draft")).click();
        test($(Button.class).id("publish-course")).click();
        test($(ConfirmDialog.class).id("publish-confirm")).confirm();

        String slug = catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations")).findFirst()
                .orElseThrow().steps().stream().filter(s -> s.id() == lessonId
                        && s.kind() == CourseOutline.StepKind.LESSON).findFirst().orElseThrow().slug();
        Paragraph error = $(Paragraph.class).id("draft-error");
        assertThat(error.getText()).startsWith("Nothing was published: lessons show pictures this course does not have.")
                .contains("lessons/" + slug + ".en.md, line 3: images/not-uploaded.png");
        assertThat(lessonDrafts.open(lessonId).isDraft()).isTrue();

        // once uploaded, the same draft publishes
        test($(Upload.class).id("image-upload")).upload("not-uploaded.png", "image/png", SyntheticImages.png(8, 8, 53));
        test($(Button.class).id("publish-course")).click();
        test($(ConfirmDialog.class).id("publish-confirm")).confirm();
        assertThat(lessonDrafts.open(lessonId).isDraft()).isFalse();
    }

    @Test
    void everyRefusalHasAMessageInBothLanguages() throws java.io.IOException {
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            java.util.Properties bundle = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream("vaadin-i18n/" + file)) {
                bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ImageRefusedException.Reason reason : ImageRefusedException.Reason.values()) {
                assertThat(bundle.getProperty("images.refused." + reason.name())).as(reason + " in " + file)
                        .isNotBlank();
            }
        }
    }

    /** The insert button of the picture's row (cells of component columns are built when asked for). */
    private Button insertButton(String fileName) {
        @SuppressWarnings("unchecked")
        Grid<CourseImageInfo> list = $(Grid.class).id("image-list");
        for (int row = 0; row < test(list).size(); row++) {
            if (test(list).getRow(row).fileName().equals(fileName)) {
                return (Button) test(list).getCellComponent(row, 3);
            }
        }
        throw new AssertionError("no picture " + fileName + " in the list");
    }

    private void open(long lessonId) {
        navigate("instructor/lessons/" + lessonId + "/edit", LessonEditorView.class);
    }

    private long courseId() {
        return catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations")).findFirst().orElseThrow().id();
    }

    private long lesson(int index) {
        return catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations")).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON).toList().get(index).id();
    }
}
