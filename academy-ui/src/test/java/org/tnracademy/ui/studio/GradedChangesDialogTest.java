package org.tnracademy.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.regrade.RegradeService;
import org.tnracademy.core.studio.ExerciseDraftContent;
import org.tnracademy.core.studio.ExerciseDraftSheet;
import org.tnracademy.core.studio.ExerciseDrafts;
import org.tnracademy.core.studio.GradedChangeChoice;

/**
 * Publishing a key change of an exercise learners have attempted, without a browser: the course
 * editor's Publish opens a dialog naming the learners and attempts affected and what carrying them
 * over would do; nothing is published until every exercise has a choice, and the choice made there
 * is what the core applies (carried over: the same version, the attempt regraded).
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=studio-course-editor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class GradedChangesDialogTest extends SpringBrowserlessTest {

    private static final String SLUG = "label-posts-basics";
    /** Another exercise, so that each test's counts are its own whatever their order. */
    private static final String OTHER = "label-phishing-messages";

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseDrafts drafts;
    @Autowired
    GradingService grading;
    @Autowired
    RegradeService regrade;
    @Autowired
    AccountProvisioning provisioning;

    long courseId;

    @BeforeEach
    void starterCourse() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        courseId = outline().id();
        drafts.drafts(courseId).forEach(d -> drafts.discard(courseId, d.slug(), d.revision()));
    }

    @Test
    void publishingAKeyChangeAsksForTheChoiceNamingTheLearnersAndCarriesTheAttemptOver() {
        long exerciseId = exerciseId();
        ExerciseDraftSheet opened = drafts.open(courseId, SLUG);
        Map<String, String> published = labels(opened.content().key());
        String learner = "dialog-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner " + learner, "pw-1234567890", EnumSet.of(Role.LEARNER));
        asLearner(learner, () -> grading.submit(exerciseId, Map.of("labels", published), UUID.randomUUID().toString()));
        int keyVersion = regrade.keyOverview(exerciseId).currentKeyVersion();
        // the instructor relabels the first post
        Map<String, Object> key = relabelFirst(opened.content().key());
        ExerciseDraftContent c = opened.content();
        drafts.save(courseId, SLUG, new ExerciseDraftContent(c.moduleId(), c.title(), c.instructions(), c.level(),
                c.forms(), c.policy(), c.spec(), key, c.datasetId()), opened.revision());

        navigate("instructor/courses/" + courseId + "/edit", CourseEditorView.class);
        test($(Button.class).id("publish-course-draft")).click();
        test($(ConfirmDialog.class).id("publish-course-confirm")).confirm();

        Dialog dialog = $(Dialog.class).id("graded-changes");
        assertThat(dialog.isOpened()).isTrue();
        assertThat($(Paragraph.class).id("graded-change-affects-" + SLUG).getText())
                .startsWith("1 learner has made 1 attempt on the published version.")
                .endsWith("Changed: answer key.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<GradedChangeChoice> choice = $(RadioButtonGroup.class).id("graded-choice-" + SLUG);
        assertThat(choice.getItemLabelGenerator().apply(GradedChangeChoice.CARRY_OVER))
                .startsWith("Carry the attempts over: regrade the graded attempt with the new content (1 score changes: 0 up, 1 down).");
        Button publish = $(Button.class).id("graded-changes-publish");
        assertThat(publish.isEnabled()).as("no choice made yet").isFalse();
        assertThat(exerciseId()).as("nothing published while the dialog is open").isEqualTo(exerciseId);

        test(choice).selectItem(choice.getItemLabelGenerator().apply(GradedChangeChoice.CARRY_OVER));
        assertThat(publish.isEnabled()).isTrue();
        test(publish).click();

        assertThat(exerciseId()).as("carried over: the same version").isEqualTo(exerciseId);
        assertThat(regrade.keyOverview(exerciseId).currentKeyVersion()).isEqualTo(keyVersion + 1);
        GradedAttempt attempt = asLearner(learner, () -> grading.myLatestAttempt(exerciseId).orElseThrow());
        assertThat(attempt.regradedAt()).isNotNull();
        assertThat(attempt.score()).isLessThan(1.0);
        assertThat(drafts.drafts(courseId)).as("the draft is published").isEmpty();
    }

    @Test
    void cancellingTheChoicePublishesNothing() {
        long exerciseId = exerciseId(OTHER);
        ExerciseDraftSheet opened = drafts.open(courseId, OTHER);
        String learner = "dialog-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner " + learner, "pw-1234567890", EnumSet.of(Role.LEARNER));
        // the exercise gives each learner 40 of its messages (policy.variants): they label theirs
        asLearner(learner, () -> {
            Map<String, String> mine = labels(opened.content().key());
            mine.keySet().retainAll(catalog.exerciseToWork(exerciseId, Locale.ENGLISH).orElseThrow().variantItems());
            return grading.submit(exerciseId, Map.of("labels", mine), UUID.randomUUID().toString());
        });
        ExerciseDraftContent c = opened.content();
        drafts.save(courseId, OTHER, new ExerciseDraftContent(c.moduleId(), c.title(), c.instructions(), c.level(),
                c.forms(), c.policy(), c.spec(), relabelFirst(c.key()), c.datasetId()), opened.revision());

        navigate("instructor/courses/" + courseId + "/edit", CourseEditorView.class);
        test($(Button.class).id("publish-course-draft")).click();
        test($(ConfirmDialog.class).id("publish-course-confirm")).confirm();
        test($(Button.class).id("graded-changes-cancel")).click();

        assertThat(exerciseId(OTHER)).isEqualTo(exerciseId);
        assertThat(drafts.drafts(courseId)).as("the draft waits").hasSize(1);
    }

    private long exerciseId() {
        return exerciseId(SLUG);
    }

    private long exerciseId(String slug) {
        return outline().steps().stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    private CourseOutline outline() {
        return catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> labels(Map<String, Object> key) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object i : (List<Object>) key.get("items")) {
            Map<String, Object> item = (Map<String, Object>) i;
            labels.put((String) item.get("item"), (String) item.get("label"));
        }
        return labels;
    }

    /** The key with its first item given the label of the first item labelled otherwise. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> relabelFirst(Map<String, Object> key) {
        List<Object> items = new ArrayList<>((List<Object>) key.get("items"));
        Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) items.getFirst());
        Object other = items.stream().map(i -> ((Map<String, Object>) i).get("label"))
                .filter(l -> !l.equals(first.get("label"))).findFirst().orElseThrow();
        first.put("label", other);
        items.set(0, first);
        Map<String, Object> copy = new LinkedHashMap<>(key);
        copy.put("items", items);
        return copy;
    }

    private static <T> T asLearner(String username, java.util.function.Supplier<T> step) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
}
