package org.tnracademy.core.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tnracademy.core.support.Json;
import tools.jackson.core.type.TypeReference;

/**
 * Courses, lessons and exercises as xAPI activities: ids are IRIs under the academy's public
 * address, made of the pack's slugs (stable across course versions, unlike row ids), and names are
 * the titles in every language the pack gives.
 */
@Component
class LearningActivities {

    static final String COURSE = "http://adlnet.gov/expapi/activities/course";
    static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
    static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    private static final TypeReference<Map<String, String>> TITLES = new TypeReference<>() {
    };

    /** An activity as a statement names it, with the course it belongs to. */
    record Activity(String iri, String type, Map<String, String> name, String courseSlug) {

        Map<String, Object> json() {
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("type", type);
            definition.put("name", name);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("objectType", "Activity");
            out.put("id", iri);
            out.put("definition", definition);
            return out;
        }
    }

    /** A lesson or an exercise, with the course it is part of (the statement's parent). */
    record Step(Activity activity, Activity course) {
    }

    private final JdbcClient jdbc;
    private final XapiSettings settings;

    LearningActivities(JdbcClient jdbc, XapiSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Optional<Activity> course(long courseId) {
        return jdbc.sql("select slug, title from course where id = :id").param("id", courseId)
                .query((rs, n) -> course(rs.getString(1), rs.getString(2))).optional();
    }

    /** The lesson, and the course it is part of. */
    Optional<Step> lesson(long lessonId) {
        return jdbc.sql("""
                        select s.slug, s.title, c.slug, c.title from lesson s
                        join course_module m on m.id = s.module_id join course c on c.id = m.course_id
                        where s.id = :id""")
                .param("id", lessonId)
                .query((rs, n) -> new Step(
                        step(rs.getString(3), "lessons", rs.getString(1), LESSON, rs.getString(2)),
                        course(rs.getString(3), rs.getString(4))))
                .optional();
    }

    /** The exercise, and the course it is part of. */
    Optional<Step> exercise(long exerciseId) {
        return jdbc.sql("""
                        select s.slug, s.title, c.slug, c.title from exercise s
                        join course_module m on m.id = s.module_id join course c on c.id = m.course_id
                        where s.id = :id""")
                .param("id", exerciseId)
                .query((rs, n) -> new Step(
                        step(rs.getString(3), "exercises", rs.getString(1), ASSESSMENT, rs.getString(2)),
                        course(rs.getString(3), rs.getString(4))))
                .optional();
    }

    private Activity course(String slug, String title) {
        return new Activity(settings.homePage() + "/xapi/activities/courses/" + segment(slug), COURSE, names(title), slug);
    }

    private Activity step(String courseSlug, String kind, String slug, String type, String title) {
        return new Activity(settings.homePage() + "/xapi/activities/courses/" + segment(courseSlug) + "/" + kind + "/"
                + segment(slug), type, names(title), courseSlug);
    }

    private static String segment(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** The stored titles ({"en": ..., "fr": ...}) as an xAPI language map: only non-blank texts. */
    private static Map<String, String> names(String titleJson) {
        Map<String, String> out = new LinkedHashMap<>();
        Json.read(titleJson, TITLES).forEach((language, text) -> {
            if (text != null && !text.isBlank() && language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*")) {
                out.put(language, text);
            }
        });
        return out;
    }
}
