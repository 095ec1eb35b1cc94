package org.tnracademy.ui.catalog;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.web.util.HtmlUtils;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.ui.exercise.ExerciseView;
import org.tnracademy.ui.progress.StepMarks;

/**
 * A module's steps in the course outline, in order: each step's link, its kind and length, and its
 * mark. The list is one element whose content is escaped markup, not a component per link, span and
 * text: the outline is the page learners open most, and each component is server-side state that is
 * built, sent, kept and torn down on every visit (seven per step, 26 steps in the starter course). The
 * links are plain anchors with {@code router-link}, which the client router follows as it does a
 * {@code RouterLink}.
 */
final class CourseStepList {

    private CourseStepList() {
    }

    /**
     * @param locale the page's language, for the steps' titles
     * @param marks the learner's mark of each step, by {@link #key}; a step without one shows none
     */
    static OrderedList of(Component page, Locale locale, CourseOutline.Module module,
                          Map<String, LearnerProgress.Step> marks) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        StringBuilder html = new StringBuilder(256 * module.steps().size());
        for (CourseOutline.Step s : module.steps()) {
            boolean lesson = s.kind() == CourseOutline.StepKind.LESSON;
            html.append("<li><a href=\"").append(escape(href(routes, s))).append("\" id=\"")
                    .append(escape((lesson ? "lesson-" : "exercise-") + s.slug())).append("\" router-link=\"\">")
                    .append(escape(s.title().in(locale))).append("</a>")
                    // the detail in a span of its own: as a bare text node beside the link, axe counts the
                    // link as one inside running text, which then needs an underline or a 3:1 contrast
                    .append("<span> · ").append(escape(detail(page, s))).append(" </span>");
            LearnerProgress.Step mark = marks.get(key(!lesson, s.id()));
            if (mark != null) {
                html.append(StepMarks.badgeHtml(page, mark));
            }
            html.append("</li>");
        }
        OrderedList list = new OrderedList();
        list.addClassName("course-steps");
        list.getElement().setProperty("innerHTML", html.toString());
        return list;
    }

    /** The key of a step's mark: lessons and exercises number their ids apart. */
    static String key(boolean exercise, long id) {
        return (exercise ? "e" : "l") + id;
    }

    private static String href(RouteConfiguration routes, CourseOutline.Step s) {
        return s.kind() == CourseOutline.StepKind.LESSON
                ? routes.getUrl(LessonView.class, new RouteParameters("lessonId", String.valueOf(s.id())))
                : routes.getUrl(ExerciseView.class, new RouteParameters("exerciseId", String.valueOf(s.id())));
    }

    private static String detail(Component page, CourseOutline.Step s) {
        return s.kind() == CourseOutline.StepKind.LESSON
                ? page.getTranslation("course.lesson-minutes", s.minutes())
                : s.itemCount() > 0 ? page.getTranslation("course.exercise-detail",
                page.getTranslation("exercise.type." + s.exerciseType()), s.itemCount())
                : page.getTranslation("exercise.type." + s.exerciseType());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
