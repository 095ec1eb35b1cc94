package org.tnracademy.ui.instructor;

import java.io.ByteArrayInputStream;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.studio.CourseExport;
import org.tnracademy.core.studio.CourseStructure;
import org.tnracademy.core.studio.ExportedPack;
import org.tnracademy.core.studio.PackUpload;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.ui.studio.CourseEditorView;
import org.tnracademy.ui.studio.ExerciseEditorView;
import org.tnracademy.ui.studio.ExercisePreviewView;
import org.tnracademy.ui.studio.KeyCalibrationView;
import org.tnracademy.ui.studio.LessonEditorView;
import org.tnracademy.ui.studio.NewCourseDialog;
import org.tnracademy.ui.studio.PackUploadField;

/**
 * Instructors' overview of every course, module, lesson and exercise, with the studio's doors:
 * upload a pack, export a course as a pack, preview and test-grade an exercise, edit its key.
 */
@Route("instructor/courses")
@RolesAllowed("INSTRUCTOR")
public class InstructorCoursesView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalog;
    private final CourseExport export;
    private final CourseStructure structure;
    private final VerticalLayout courses = new VerticalLayout();

    public InstructorCoursesView(CatalogService catalog, CourseExport export, PackUpload upload,
                                 CourseStructure structure) {
        this.catalog = catalog;
        this.export = export;
        this.structure = structure;
        Button newCourse = new Button(getTranslation("structure.course.new"), e -> new NewCourseDialog(structure).open());
        newCourse.setId("new-course");
        add(new H2(getTranslation("instructor.title")), new Paragraph(getTranslation("studio.courses.intro")),
                new PackUploadField(upload, this::showCourses), newCourse, courses);
        courses.setPadding(false);
        showCourses();
    }

    /** Lists the courses again, as after an upload changed them. */
    private void showCourses() {
        courses.removeAll();
        // courses created here and never published: only instructors see them, to give them content
        for (CourseCard draft : structure.unpublished()) {
            RouterLink edit = new RouterLink(getTranslation("course-editor.edit-link"), CourseEditorView.class,
                    new RouteParameters("courseId", String.valueOf(draft.id())));
            edit.setId("edit-course-" + draft.slug());
            courses.add(new H3(draft.title().in(getLocale()) + " (" + draft.slug() + ")"),
                    new Paragraph(getTranslation("structure.course.unpublished-note")), edit);
        }
        for (CourseOutline course : catalog.outlines()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                ExportedPack pack = export.export(course.id());
                return new DownloadResponse(new ByteArrayInputStream(pack.zip()), pack.fileName(), "application/zip",
                        pack.zip().length);
            }), getTranslation("studio.export"));
            download.setId("export-" + course.slug());
            RouterLink edit = new RouterLink(getTranslation("course-editor.edit-link"), CourseEditorView.class,
                    new RouteParameters("courseId", String.valueOf(course.id())));
            edit.setId("edit-course-" + course.slug());
            courses.add(new H3(course.title().in(getLocale()) + " (" + course.slug() + ")"),
                    new HorizontalLayout(download, edit));
            for (CourseOutline.Module m : course.modules()) {
                courses.add(new H4(m.title().in(getLocale())), steps(course.id(), m));
            }
        }
    }

    private Grid<CourseOutline.Step> steps(long courseId, CourseOutline.Module module) {
        Grid<CourseOutline.Step> grid = new Grid<>();
        grid.addClassName("instructor-steps");
        grid.addColumn(s -> getTranslation(s.kind() == CourseOutline.StepKind.LESSON
                ? "progress.kind.lesson" : "progress.kind.exercise")).setHeader(getTranslation("progress.kind"))
                .setAutoWidth(true);
        grid.addColumn(CourseOutline.Step::slug).setHeader(getTranslation("instructor.id")).setAutoWidth(true);
        grid.addColumn(s -> s.title().in(getLocale())).setHeader(getTranslation("progress.step")).setFlexGrow(3);
        grid.addColumn(s -> s.kind() == CourseOutline.StepKind.LESSON
                ? getTranslation("course.lesson-minutes", s.minutes())
                : getTranslation("instructor.exercise-detail", getTranslation("exercise.type." + s.exerciseType()),
                s.version(), s.itemCount(), s.maxAttempts()))
                .setHeader(getTranslation("instructor.detail")).setFlexGrow(2);
        grid.addComponentColumn(s -> {
            if (s.kind() == CourseOutline.StepKind.LESSON) {
                RouterLink edit = new RouterLink(getTranslation("studio.lesson.edit-link"), LessonEditorView.class,
                        new RouteParameters("lessonId", String.valueOf(s.id())));
                edit.setId("edit-lesson-" + s.id());
                return edit;
            }
            RouteParameters exercise = new RouteParameters("exerciseId", String.valueOf(s.id()));
            RouterLink key = new RouterLink(getTranslation("instructor-courses.answer-key"), AnswerKeyView.class, exercise);
            key.setId("answer-key-" + s.id());
            RouterLink preview = new RouterLink(getTranslation("studio.preview.link"), ExercisePreviewView.class,
                    exercise);
            preview.setId("preview-" + s.id());
            RouterLink editExercise = new RouterLink(getTranslation("exercise-draft.edit-link"), ExerciseEditorView.class,
                    new RouteParameters(Map.of("courseId", String.valueOf(courseId), "slug", s.slug())));
            editExercise.setId("edit-exercise-" + s.id());
            if (ExerciseTypes.get(s.exerciseType()).keyLabelsDatasetItems()) {
                RouterLink calibrate = new RouterLink(getTranslation("key-calibration.link"),
                        KeyCalibrationView.class, exercise);
                calibrate.setId("calibrate-" + s.id());
                return new HorizontalLayout(key, preview, calibrate, editExercise);
            }
            return new HorizontalLayout(key, preview, editExercise);
        }).setHeader(getTranslation("studio.courses.actions")).setAutoWidth(true);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(module.steps());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instructor.title") + " | " + getTranslation("app.title");
    }
}
