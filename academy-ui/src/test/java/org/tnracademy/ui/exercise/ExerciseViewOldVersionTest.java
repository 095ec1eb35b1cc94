package org.tnracademy.ui.exercise;

import org.tnracademy.ui.testsupport.LabelPicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.ui.catalog.CourseView;

/**
 * The exercise page reached by an old address, as a bookmark or a typed URL would: a version that
 * publishing superseded forwards to the current version with a notice, a retired exercise to its
 * course, and neither takes an attempt. And the one-item probe: label one item, submit, and the page
 * shows no confusion matrix or figures per label to read the right labels from.
 */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class ExerciseViewOldVersionTest extends SpringBrowserlessTest {

    private static final String QUIZ = "tnr-forms-quiz";
    private static final String LABELLING = "label-posts-basics";

    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;

    CoursePack starter;
    String slug;

    @BeforeEach
    void ownCopyOfTwoStarterExercises() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        starter = new PackReader().read(new ClasspathPackSource("packs/tnr-foundations/", getClass().getClassLoader()));
        slug = "old-url-" + UUID.randomUUID().toString().substring(0, 8);
        publish(items(QUIZ, LABELLING));
    }

    @Test
    void theOldAddressOfASupersededVersionLeadsToTheCurrentOneWithANoticeAndTakesNoAttempt() {
        long oldId = exerciseId(QUIZ);
        List<CoursePack.Item> changed = new ArrayList<>(items(QUIZ, LABELLING));
        changed.set(0, withAnotherRightOption((CoursePack.Exercise) changed.get(0)));
        publish(changed);
        long currentId = exerciseId(QUIZ);
        assertThat(currentId).isNotEqualTo(oldId);

        UI.getCurrent().navigate("exercises/" + oldId);

        assertThat(getCurrentView()).isInstanceOf(ExerciseView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("exercises/" + currentId);
        assertThat(notices()).contains(
                "This exercise has a newer version: you are on it now. Your attempts on the earlier version are kept.");
        assertThat($(Button.class).id("submit-answer").isEnabled()).isTrue();
        assertThat(grading.myAttempts(oldId)).isEmpty();
        assertThat(grading.myAttempts(currentId)).isEmpty();
    }

    @Test
    void theOldAddressOfARetiredExerciseLeadsToItsCourseWithANotice() {
        long quizId = exerciseId(QUIZ);
        publish(items(LABELLING));

        UI.getCurrent().navigate("exercises/" + quizId);

        assertThat(getCurrentView()).isInstanceOf(CourseView.class);
        assertThat(notices()).contains("This exercise is no longer part of the course. Your attempts on it are kept.");
        assertThat(grading.myAttempts(quizId)).isEmpty();
    }

    @Test
    void labellingOneItemOnlyShowsNoConfusionMatrixToReadTheRightLabelsFrom() {
        long id = exerciseId(LABELLING);
        navigate("exercises/" + id, ExerciseView.class);
        @SuppressWarnings("unchecked")
        Grid<DatasetRow> grid = $(Grid.class).id("dataset-grid");
        LabelPicks.pick(test(grid), 0, "benign");

        test($(Button.class).id("submit-answer")).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();

        assertThat($(Span.class).id("score")).isNotNull();
        assertThat($(Span.class).id("key-withheld").getText()).contains("after your last attempt");
        assertThat($(Div.class).withId("confusion-matrix").all()).isEmpty();
        assertThat($(Div.class).withId("per-label-metrics").all()).isEmpty();
        assertThat($(com.vaadin.flow.component.virtuallist.VirtualList.class).id("item-feedback")).isNotNull();
    }

    private List<String> notices() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private long exerciseId(String exerciseSlug) {
        return catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow().steps()
                .stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE && s.slug().equals(exerciseSlug))
                .findFirst().orElseThrow().id();
    }

    private List<CoursePack.Item> items(String... exerciseSlugs) {
        List<CoursePack.Item> out = new ArrayList<>();
        for (String s : exerciseSlugs) {
            out.add(starter.modules().stream().flatMap(m -> m.items().stream()).filter(i -> i.id().equals(s))
                    .findFirst().orElseThrow());
        }
        return out;
    }

    /** A course of its own holding these exercises, published again under a new content hash. */
    private void publish(List<CoursePack.Item> items) {
        importer.importPack(new CoursePack(slug, starter.version(), starter.level(), starter.title(),
                starter.summary(), List.of(new CoursePack.Module("only", starter.modules().getFirst().title(), items)),
                "old-url-test-" + UUID.randomUUID()));
    }

    /** The choice exercise with the right option of its first question swapped for another: what is graded changed. */
    @SuppressWarnings("unchecked")
    private static CoursePack.Exercise withAnotherRightOption(CoursePack.Exercise e) {
        Map<String, Object> key = new LinkedHashMap<>(e.key());
        List<Object> questions = new ArrayList<>((List<Object>) key.get("questions"));
        Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) questions.getFirst());
        List<Object> options = new ArrayList<>();
        for (Object o : (List<Object>) first.get("options")) {
            Map<String, Object> option = new LinkedHashMap<>((Map<String, Object>) o);
            option.put("correct", !Boolean.TRUE.equals(option.get("correct")) && options.isEmpty());
            options.add(option);
        }
        first.put("options", options);
        questions.set(0, first);
        key.put("questions", questions);
        return new CoursePack.Exercise(e.id(), e.type(), e.version(), e.title(), e.instructions(), e.level(), e.forms(),
                e.spec(), key, e.policy(), e.dataset(), "changed-" + UUID.randomUUID());
    }
}
