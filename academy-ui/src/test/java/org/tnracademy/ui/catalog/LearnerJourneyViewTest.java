package org.tnracademy.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.exercises.LocalizedText;

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
        String outline = $(OrderedList.class).withClassName("course-steps").all().stream()
                .map(list -> list.getElement().getProperty("innerHTML")).collect(Collectors.joining());
        List<String> linked = STEP_LINK.matcher(outline).results().map(m -> m.group(2) + " " + m.group(1)).toList();
        assertThat(linked).containsExactlyElementsOf(course.steps().stream().map(s -> s.kind() == CourseOutline.StepKind.LESSON
                ? "lesson-" + s.slug() + " lessons/" + s.id() : "exercise-" + s.slug() + " exercises/" + s.id()).toList());
    }

    private static final Pattern STEP_LINK = Pattern.compile("<a href=\"([^\"]+)\" id=\"([^\"]+)\" router-link=\"\">");

    @Test
    void aStepsTitleAndSlugAreEscapedInTheOutlinesMarkup() {
        CourseOutline course = catalog.outlines().getFirst();
        CourseView page = navigate(CourseView.class, Map.of("courseId", String.valueOf(course.id())));
        CourseOutline.Step step = new CourseOutline.Step(CourseOutline.StepKind.LESSON, 7, "a\"onclick=\"x",
                LocalizedText.of("<img src=x onerror=alert(1)> & \"more\"", "<b>"), 5, null, 1, 1, 0);
        CourseOutline.Module module = new CourseOutline.Module(1, "m", LocalizedText.of("M", "M"), List.of(step));

        String html = CourseStepList.of(page, java.util.Locale.ENGLISH, module, Map.of()).getElement().getProperty("innerHTML");

        assertThat(html).contains("id=\"lesson-a&quot;onclick=&quot;x\"")
                .contains(">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;</a>")
                .doesNotContain("<img").doesNotContain("<b>");
    }
}
