package org.tnracademy.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.studio.CourseExport;
import org.tnracademy.ui.instructor.InstructorCoursesView;

/**
 * The studio's pages without a browser: a bad pack upload lists its problems and imports nothing, a
 * good one imports, and the exercise preview test-grades as a submission would, recording nothing.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=instructor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class StudioViewsTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    CourseExport export;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void eachCourseOffersItsExportAndEachExerciseItsPreview() {
        navigate(InstructorCoursesView.class);
        assertThat($(Anchor.class).id("export-tnr-foundations").getText()).isEqualTo("Export as content pack (zip)");
        assertThat($(Upload.class).id("pack-upload")).isNotNull();
    }

    @Test
    void aFileThatIsNotAPackListsItsProblemAndImportsNothing() {
        navigate(InstructorCoursesView.class);
        int before = catalog.courses().size();
        test($(Upload.class).id("pack-upload")).upload("notes.zip", "application/zip",
                "not a zip at all".getBytes(StandardCharsets.UTF_8));

        Dialog dialog = $(Dialog.class).id("pack-problems");
        assertThat(dialog.getHeaderTitle()).isEqualTo("The pack has 1 problem");
        @SuppressWarnings("unchecked")
        Grid<PackProblem> problems = $(Grid.class, dialog).single();
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getRow(0).file()).isEqualTo("notes.zip");
        assertThat(test(problems).getRow(0).reason()).contains("not a readable zip file");
        assertThat($(Paragraph.class, dialog).single().getText()).startsWith("Nothing was imported.");
        assertThat(catalog.courses()).hasSize(before);
    }

    @Test
    void aFrenchInstructorReadsThePacksProblemsInFrench() throws java.io.IOException {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(InstructorCoursesView.class);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("course.yaml"));
            zip.write("""
                    id: sans-lecon
                    version: 1
                    level: beginner
                    title: {en: "T"}
                    summary: {en: "S"}
                    modules:
                      - id: m
                        title: {en: "M"}
                        items:
                          - lesson: intro
                    """.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        test($(Upload.class).id("pack-upload")).upload("cours.zip", "application/zip", bytes.toByteArray());

        Dialog dialog = $(Dialog.class).id("pack-problems");
        @SuppressWarnings("unchecked")
        Grid<PackProblem> problems = $(Grid.class, dialog).single();
        List<String> shown = java.util.stream.IntStream.range(0, test(problems).size())
                .mapToObj(row -> test(problems).getCellText(row, 0) + " " + test(problems).getCellText(row, 2)).toList();
        assertThat(shown).contains(
                "lessons/intro.en.md Le fichier anglais de la leçon manque (l’anglais est obligatoire).");
        assertThat(test(problems).getRow(0).reason()).as("English stays the log's").isNotBlank();
    }

    @Test
    void anExportedCourseUploadsAgainWithoutProblems() {
        long courseId = catalog.courses().stream().filter(c -> c.slug().equals("tnr-foundations")).findFirst()
                .orElseThrow().id();
        byte[] zip = export.export(courseId).zip();
        navigate(InstructorCoursesView.class);
        int before = catalog.courses().size();

        test($(Upload.class).id("pack-upload")).upload("tnr-foundations.zip", "application/zip", zip);

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(catalog.courses()).hasSize(before);
    }

    @Test
    void testGradingWithTheKeysAnswerScoresFullShowsTheKeyAndRecordsNoAttempt() {
        long quiz = exercise("tnr-forms-quiz");
        long attempts = jdbc.queryForObject("select count(*) from attempt", Long.class);
        navigate("instructor/exercises/" + quiz + "/preview", ExercisePreviewView.class);
        answerWithTheKey(quiz);

        test($(Button.class).id("preview-grade")).click();

        assertThat($(Paragraph.class).id("preview-score").getText())
                .isEqualTo("A learner submitting this answer would score 100% (answer key version 1).");
        assertThat($(Div.class).id("preview-feedback").getChildren()).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attempt", Long.class)).isEqualTo(attempts);
    }

    @Test
    void testGradingNothingSaysWhatIsMissing() {
        navigate("instructor/exercises/" + exercise("tnr-forms-quiz") + "/preview", ExercisePreviewView.class);
        test($(Button.class).id("preview-grade")).click();
        Paragraph message = $(Paragraph.class).id("preview-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Answer at least one part before submitting.");
        assertThat($(Paragraph.class).withId("preview-score").exists()).as("no score shown").isFalse();
    }

    private long exercise(String slug) {
        return catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    /** Picks in every question the options the key marks correct. */
    @SuppressWarnings("unchecked")
    private void answerWithTheKey(long exerciseId) {
        var key = keys.material(exerciseId).orElseThrow().keyTree();
        for (Object q : (List<Object>) key.get("questions")) {
            Map<String, Object> question = (Map<String, Object>) q;
            List<String> correct = ((List<Object>) question.get("options")).stream()
                    .map(o -> (Map<String, Object>) o).filter(o -> Boolean.TRUE.equals(o.get("correct")))
                    .map(o -> (String) o.get("id")).toList();
            Component group = $(Component.class).id("choice-" + question.get("id"));
            if (group instanceof RadioButtonGroup<?> radio) {
                ((RadioButtonGroup<String>) radio).setValue(correct.getFirst());
            } else {
                ((CheckboxGroup<String>) group).setValue(Set.copyOf(correct));
            }
        }
    }
}
