package org.tnracademy.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.media.CourseImageInfo;
import org.tnracademy.core.studio.CourseDrafts;
import org.tnracademy.core.studio.CourseStructure;
import org.tnracademy.core.studio.ModuleTitle;
import org.tnracademy.ui.instructor.InstructorCoursesView;
import org.tnracademy.ui.testsupport.SyntheticImages;

/**
 * Course structure without a browser: a new course made from the instructors' course list, bad
 * ids refused at their field, modules added, lessons created and moved between modules, an
 * exercise retired after a confirmation, and all of it published where the editor put it.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=studio-structure")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class CourseStructureViewsTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    CourseDrafts courseDrafts;
    @Autowired
    CourseStructure structure;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aNewCourseWithABadIdIsRefusedAtTheFieldThenCreatedHiddenFromLearners() {
        navigate(InstructorCoursesView.class);
        test($(Button.class).id("new-course")).click();
        NewCourseDialog dialog = $(NewCourseDialog.class).single();
        dialog.id.setValue("Field Work");
        dialog.titles.get("en").setValue("Field work");
        dialog.summaries.get("en").setValue("Working on real-looking cases.");
        dialog.moduleId.setValue("start");
        dialog.moduleTitles.get("en").setValue("Start");
        test(dialog.create).click();

        assertThat(dialog.id.isInvalid()).isTrue();
        assertThat(dialog.id.getErrorMessage()).isEqualTo("This id is not valid (id): use lowercase letters, digits"
                + " and hyphens, starting with a letter or digit.");
        assertThat(structure.unpublished()).extracting(CourseCard::slug).doesNotContain("field-work", "Field Work");

        dialog.id.setValue("field-work");
        dialog.summaries.get("en").setValue(" ");
        test(dialog.create).click();
        assertThat(dialog.summaries.get("en").isInvalid()).isTrue();
        assertThat(dialog.summaries.get("en").getErrorMessage()).isEqualTo("This text is empty (summary.en): write it.");

        dialog.summaries.get("en").setValue("Working on real-looking cases.");
        test(dialog.create).click();

        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);
        assertThat($(Paragraph.class).id("course-draft-status").getText()).contains("Not published yet");
        assertThat(catalog.courses()).extracting(CourseCard::slug).doesNotContain("field-work");
        navigate(InstructorCoursesView.class);
        assertThat($(com.vaadin.flow.router.RouterLink.class).id("edit-course-field-work")).isNotNull();
    }

    @Test
    void modulesAndLessonsAddedAndMovedInTheEditorArePublishedInThatOrder() {
        long courseId = createCourse("casework");
        openEditor(courseId);

        // an invalid module id, then a taken one, are refused in the dialog
        test($(Button.class).id("add-module")).click();
        AddModuleDialog add = $(AddModuleDialog.class).single();
        add.id.setValue("More!");
        test(add.add).click();
        assertThat(add.id.getErrorMessage()).isEqualTo("“More!” is not a valid module id: use lowercase letters,"
                + " digits and hyphens, starting with a letter or digit.");
        add.id.setValue("basics");
        test(add.add).click();
        assertThat(add.id.getErrorMessage()).isEqualTo("The course has a module “basics” already: choose another id.");
        add.id.setValue("more");
        add.titles.get("en").setValue("More");
        test(add.add).click();

        // a lesson cannot go into a module that is not saved yet
        test($(Button.class).id("module-new-lesson-more")).click();
        assertThat($(Paragraph.class).id("course-draft-error").getText())
                .isEqualTo("Module more is not saved yet: save the course draft, then add lessons to it.");
        test($(Button.class).id("save-course-draft")).click();

        createLesson("basics", "one", "One");
        createLesson("basics", "two", "Two");
        // the second lesson moves to the other module, the first one follows it there, then goes above it
        select("item-move-two").setValue("more");
        select("item-move-one").setValue("more");
        test($(Button.class).id("item-up-one")).click();
        // "basics" is empty now: it can be removed
        assertThat($(Button.class).id("module-remove-basics").isEnabled()).isTrue();
        test($(Button.class).id("module-remove-basics")).click();
        test($(Button.class).id("save-course-draft")).click();
        assertThat(courseDrafts.open(courseId).modules()).extracting(ModuleTitle::id, ModuleTitle::items)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("more", List.of("one", "two")));

        test($(Button.class).id("publish-course-draft")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("publish-course-confirm");
        test(confirm).confirm();

        CourseOutline outline = catalog.outline(courseId).orElseThrow();
        assertThat(outline.modules()).extracting(CourseOutline.Module::slug).containsExactly("more");
        assertThat(outline.steps()).extracting(CourseOutline.Step::slug).containsExactly("one", "two");
        assertThat(catalog.courses()).extracting(CourseCard::slug).contains("casework");
    }

    @Test
    void aBadNewLessonIsRefusedAtItsFieldAndAnEmptyModuleCannotBePublished() {
        long courseId = createCourse("drafting");
        openEditor(courseId);
        test($(Button.class).id("publish-course-draft")).click();
        test($(ConfirmDialog.class).id("publish-course-confirm")).confirm();
        assertThat($(Paragraph.class).id("course-draft-error").getText()).startsWith("A module has no lesson or"
                + " exercise (modules[0] (basics))");

        test($(Button.class).id("module-new-lesson-basics")).click();
        NewLessonDialog dialog = $(NewLessonDialog.class).single();
        dialog.id.setValue("first-steps");
        dialog.titles.get("en").setValue("First steps");
        dialog.texts.get("en").setValue("# First steps\n\n<script>alert(1)</script>\n\n[away](javascript:alert(1))");
        String preview = $(com.vaadin.flow.component.html.Div.class).id("new-lesson-preview-en").getElement()
                .getProperty("innerHTML");
        assertThat(preview).as("rendered as learners read it, sanitised").contains("<h1>First steps</h1>")
                .doesNotContain("<script").doesNotContain("href=\"javascript");
        dialog.minutes.setValue(900);
        test(dialog.save).click();
        assertThat(dialog.minutes.isInvalid()).isTrue();
        assertThat(dialog.minutes.getErrorMessage()).isEqualTo("The reading time must be from 1 to 600 minutes (minutes).");

        dialog.minutes.setValue(5);
        dialog.texts.get("en").setValue("");
        test(dialog.save).click();
        assertThat(dialog.texts.get("en").getErrorMessage()).isEqualTo("This text is empty (text.en): write it.");
        assertThat(catalog.outline(courseId)).isEmpty();
    }

    @Test
    void retiringAnExerciseAsksFirstAndPublishingTakesItOutOfTheCourse() {
        CourseOutline starter = catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations"))
                .findFirst().orElseThrow();
        CourseOutline.Step exercise = starter.steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).reduce((a, b) -> b).orElseThrow();
        openEditor(starter.id());
        test($(Button.class).id("item-retire-" + exercise.slug())).click();
        test($(ConfirmDialog.class).id("retire-item-confirm")).confirm();
        assertThat($(Button.class).id("item-keep-" + exercise.slug())).isNotNull();
        test($(Button.class).id("save-course-draft")).click();

        test($(Button.class).id("publish-course-draft")).click();
        test($(ConfirmDialog.class).id("publish-course-confirm")).confirm();

        assertThat(catalog.outline(starter.id()).orElseThrow().steps()).extracting(CourseOutline.Step::slug)
                .doesNotContain(exercise.slug()).hasSize(starter.steps().size() - 1);
        assertThat(catalog.exercise(exercise.id(), Locale.ENGLISH)).as("kept for the attempts made on it").isPresent();
    }

    @Test
    void aNewLessonOfANeverPublishedCourseTakesAPictureThatLearnersSeeAfterTheFirstPublication() {
        long courseId = createCourse("mapping");
        openEditor(courseId);
        test($(Button.class).id("module-new-lesson-basics")).click();
        NewLessonDialog dialog = $(NewLessonDialog.class).single();
        dialog.id.setValue("where");
        dialog.titles.get("en").setValue("Where");
        dialog.texts.get("en").setValue("# Where");
        dialog.texts.get("fr").setValue("# Où");
        test($(Upload.class).id("image-upload")).upload("sightings.png", "image/png", SyntheticImages.png(16, 8, 61));

        @SuppressWarnings("unchecked")
        Grid<CourseImageInfo> list = $(Grid.class).id("image-list");
        assertThat(test(list).size()).isEqualTo(1);
        CourseImageInfo picture = test(list).getRow(0);
        assertThat(picture.published()).isFalse();
        test($(TextField.class).id("image-alt")).setValue("Synthetic map of the sightings");
        test((Button) test(list).getCellComponent(0, 3)).click();
        test(dialog.pictureTarget).selectItem("Lesson text in Markdown (French)");
        test($(TextField.class).id("image-alt")).setValue("Carte synthétique des signalements");
        test((Button) test(list).getCellComponent(0, 3)).click();

        assertThat(dialog.texts.get("en").getValue())
                .isEqualTo("# Where\n\n![Synthetic map of the sightings](images/sightings.png)\n");
        assertThat(dialog.texts.get("fr").getValue())
                .isEqualTo("# Où\n\n![Carte synthétique des signalements](images/sightings.png)\n");
        assertThat($(Div.class).id("new-lesson-preview-fr").getElement().getProperty("innerHTML"))
                .as("the preview shows the draft picture").contains("<img src=\"" + picture.url() + "\"");
        test(dialog.save).click();
        assertThat($(NewLessonDialog.class).all()).isEmpty();

        test($(Button.class).id("publish-course-draft")).click();
        test($(ConfirmDialog.class).id("publish-course-confirm")).confirm();

        long lessonId = catalog.outline(courseId).orElseThrow().steps().getFirst().id();
        assertThat(catalog.lesson(lessonId, Locale.ENGLISH).orElseThrow().safeHtml())
                .contains("<img src=\"" + picture.url() + "\"").contains("alt=\"Synthetic map of the sightings\"");
        assertThat(catalog.lesson(lessonId, Locale.FRENCH).orElseThrow().safeHtml())
                .contains("alt=\"Carte synthétique des signalements\"");
    }

    private long createCourse(String slug) {
        return structure.create(new org.tnracademy.core.studio.NewCourse(slug, "intermediate",
                org.tnracademy.exercises.LocalizedText.of("Course " + slug, null),
                org.tnracademy.exercises.LocalizedText.of("About " + slug + ".", null), "basics",
                org.tnracademy.exercises.LocalizedText.of("Basics", "Bases")));
    }

    private void openEditor(long courseId) {
        navigate("instructor/courses/" + courseId + "/edit", CourseEditorView.class);
    }

    private void createLesson(String module, String id, String title) {
        test($(Button.class).id("module-new-lesson-" + module)).click();
        NewLessonDialog dialog = $(NewLessonDialog.class).single();
        dialog.id.setValue(id);
        dialog.titles.get("en").setValue(title);
        dialog.texts.get("en").setValue("# " + title + "\n\nAbout " + title + ".");
        test(dialog.save).click();
        assertThat($(NewLessonDialog.class).all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String id) {
        return $(Select.class).id(id);
    }
}
