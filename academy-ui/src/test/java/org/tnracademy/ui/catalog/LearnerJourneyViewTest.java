package org.tnracademy.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;

/** An analyst's path: catalogue and course (the lesson itself: LessonViewTest). */
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
        assertThat($(RouterLink.class).all().stream().filter(l -> l.getId().orElse("").startsWith("lesson-")
                || l.getId().orElse("").startsWith("exercise-")).count()).isEqualTo(course.steps().size());
    }
}
