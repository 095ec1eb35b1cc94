package org.tnracademy.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.ui.progress.ProgressView;

/** An analyst's path: catalogue, course, lesson, and the lesson shown as read on the progress page. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class LearnerJourneyViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;

    @Test
    void theCatalogueLinksToEachCourse() {
        navigate(CatalogView.class);
        assertThat($(RouterLink.class).all()).anyMatch(l -> l.getHref().startsWith("courses/"));
    }

    @Test
    void aCourseListsItsLessonsAndExercisesInOrder() {
        CourseOutline course = catalog.outlines().getFirst();
        navigate(CourseView.class, Map.of("courseId", String.valueOf(course.id())));
        assertThat($(H2.class).first().getText()).isEqualTo(course.title().in(java.util.Locale.ENGLISH));
        assertThat($(RouterLink.class).all().stream().filter(l -> l.getHref().startsWith("lessons/")
                || l.getHref().startsWith("exercises/")).count()).isEqualTo(course.steps().size());
    }

    @Test
    void readingALessonShowsSafeHtmlAndMarksItRead() {
        CourseOutline.Step lesson = catalog.outlines().getFirst().steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.LESSON).findFirst().orElseThrow();
        navigate(LessonView.class, Map.of("lessonId", String.valueOf(lesson.id())));
        String html = $(Div.class).id("lesson-body").getElement().getProperty("innerHTML");
        assertThat(html).contains("<h").doesNotContain("<script");

        navigate(ProgressView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> steps = $(Grid.class).withClassName("progress-steps").first();
        var tester = test(steps);
        boolean found = false;
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getCellText(i, 1).equals(lesson.title().in(java.util.Locale.ENGLISH))) {
                assertThat(tester.getCellText(i, 2)).isEqualTo("Read");
                found = true;
            }
        }
        assertThat(found).as("lesson listed on the progress page").isTrue();
    }
}
