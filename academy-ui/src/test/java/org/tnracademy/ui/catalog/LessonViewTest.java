package org.tnracademy.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.ui.progress.ProgressView;

/** A lesson in its course: safe HTML, previous and next step, "mark as read", and the marks it leaves elsewhere. */
@SpringBootTest
class LessonViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    CourseOutline course;

    @BeforeEach
    void freshLearner() {
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(username, "Reader Synthetic", "long-enough-pw", EnumSet.of(Role.LEARNER));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
        SecurityContextHolder.setContext(context);
        course = catalog.outlines().getFirst();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void openingALessonDoesNotCountItUntilMarkedReadThenTheOutlineAndProgressShowIt() {
        CourseOutline.Step first = course.steps().getFirst();
        assertThat(first.kind()).isEqualTo(CourseOutline.StepKind.LESSON);
        navigate(LessonView.class, Map.of("lessonId", String.valueOf(first.id())));
        String html = $(Div.class).id("lesson-body").getElement().getProperty("innerHTML");
        assertThat(html).contains("<h").doesNotContain("<script");
        assertThat($(Span.class).id("lesson-position").getText()).isEqualTo("Step 1 of " + course.steps().size());
        assertThat($(Button.class).id("mark-read").isVisible()).isTrue();
        assertThat($(Span.class).withId("read-mark").all()).as("no read mark until marked").isEmpty();

        navigate(CourseView.class, Map.of("courseId", String.valueOf(course.id())));
        assertThat($(RouterLink.class).id("resume-" + course.id()).getText()).as("nothing done yet")
                .isEqualTo("Start: " + first.title().in(Locale.ENGLISH));

        navigate(LessonView.class, Map.of("lessonId", String.valueOf(first.id())));
        test($(Button.class).id("mark-read")).click();
        assertThat($(Span.class).id("read-mark").getText()).startsWith("Read.");
        assertThat($(Button.class).withId("mark-read").all()).as("the button is gone once read").isEmpty();

        navigate(CourseView.class, Map.of("courseId", String.valueOf(course.id())));
        assertThat($(Span.class).id("course-done-" + course.id()).getText())
                .isEqualTo("1 of " + course.steps().size() + " steps done");
        assertThat($(RouterLink.class).id("resume-" + course.id()).getText())
                .isEqualTo("Continue where you left off: " + course.steps().get(1).title().in(Locale.ENGLISH));
        // the outline's steps are markup, each mark one span whose icon the style sheet draws for its class
        assertThat($(OrderedList.class).withClassName("course-steps").first().getElement().getProperty("innerHTML"))
                .contains("<span class=\"step-mark step-mark-done\" theme=\"badge pill success\">Read</span>");

        navigate(CatalogView.class);
        assertThat($(Span.class).id("course-done-" + course.id()).getText()).startsWith("1 of ");

        navigate(ProgressView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> steps = $(Grid.class).withClassName("progress-steps").first();
        assertThat(test(steps).getCellText(0, 2)).isEqualTo("Read");
    }

    @Test
    void theLessonLeadsToTheStepsBeforeAndAfterItInCourseOrder() {
        List<CourseOutline.Step> steps = course.steps();
        int at = 1;
        while (steps.get(at).kind() != CourseOutline.StepKind.LESSON) {
            at++;
        }
        navigate(LessonView.class, Map.of("lessonId", String.valueOf(steps.get(at).id())));

        RouterLink previous = $(RouterLink.class).id("previous-step");
        RouterLink next = $(RouterLink.class).id("next-step");
        assertThat(previous.getText()).isEqualTo("Previous: " + steps.get(at - 1).title().in(Locale.ENGLISH));
        assertThat(next.getText()).isEqualTo("Next: " + steps.get(at + 1).title().in(Locale.ENGLISH));
        assertThat(next.getHref()).isEqualTo((steps.get(at + 1).kind() == CourseOutline.StepKind.LESSON
                ? "lessons/" : "exercises/") + steps.get(at + 1).id());
    }
}
