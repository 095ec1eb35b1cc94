package org.tnracademy.ui.exercise;

import org.tnracademy.ui.testsupport.LabelPicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.exercises.AnswerLimits;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.answerdraft.AnswerDrafts;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.ui.catalog.CatalogView;

/**
 * The exercise page keeps the learner's unsubmitted answer as a draft on the server, puts it back
 * when the page is opened again, asks before a single-attempt answer becomes final, and before
 * leaving when the latest change could not be kept. Each test has a learner of its own, so no
 * other test's drafts or attempts meet it.
 */
@SpringBootTest
class ExerciseViewDraftTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AnswerDrafts drafts;
    @Autowired
    AccountProvisioning provisioning;

    @BeforeEach
    void learners() {
        for (String username : new String[] {"drafting-labeller", "drafting-writer", "drafting-leaver"}) {
            provisioning.ensure(username, "Drafting Analyst", "drafting-password", EnumSet.of(Role.LEARNER));
        }
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    @WithMockUser(username = "drafting-labeller", roles = "LEARNER")
    @SuppressWarnings("unchecked")
    void labelsAreSavedAsTheLearnerWorksAndPutBackWhenThePageIsOpenedAgain() {
        long id = exercise("label-posts-basics");
        ExerciseView view = navigate("exercises/" + id, ExerciseView.class);
        var grid = test((Grid<DatasetRow>) $(Grid.class).id("dataset-grid"));
        LabelPicks.pick(grid, 0, "doxing");
        LabelPicks.pick(grid, 2, "benign");
        Map<String, Object> answer = view.workspace().answer();

        assertThat($(Span.class).id("draft-saved").getText()).startsWith("Draft saved at ").endsWith(" UTC");
        assertThat(drafts.load(id).orElseThrow().answer()).isEqualTo(answer);

        navigate(CatalogView.class);
        ExerciseView reopened = navigate("exercises/" + id, ExerciseView.class);
        assertThat(reopened).isNotSameAs(view);
        assertThat(reopened.workspace().answer()).isEqualTo(answer);
        assertThat($(Span.class).id("draft-saved").getText()).startsWith("Your draft saved at ");
        assertThat($(Span.class).id("labelled-count").getText()).startsWith("2 of ");
    }

    @Test
    @WithMockUser(username = "drafting-writer", roles = "LEARNER")
    void theOnlyAttemptOfAWrittenAnalysisIsKeptAsADraftAndAsksBeforeItIsSubmitted() {
        long id = exercise("write-a-case-assessment");
        navigate("exercises/" + id, ExerciseView.class);
        test($(Button.class).id("start-attempt")).click();
        String text = "Assessment of a synthetic case: the refusals and the consular messages point to one campaign.";
        test($(TextArea.class).id("written-text")).setValue(text);

        navigate(CatalogView.class);
        navigate("exercises/" + id, ExerciseView.class);
        assertThat($(TextArea.class).id("written-text").getValue()).as("the text after a reload").isEqualTo(text);

        test($(Button.class).id("submit-answer")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("confirm-submit");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).cancel();
        confirm.close();
        assertThat(grading.myAttempts(id)).as("kept working: nothing submitted").isEmpty();
        assertThat($(Button.class).id("submit-answer").isEnabled()).isTrue();

        test($(Button.class).id("submit-answer")).click();
        test($(ConfirmDialog.class).id("confirm-submit")).confirm();

        assertThat(grading.myLatestAttempt(id).orElseThrow().pending()).isTrue();
        assertThat(drafts.load(id)).as("the submitted attempt took the draft").isEmpty();
        assertThat($(Span.class).id("feedback-announcement").getText()).startsWith("Attempt 1 recorded");
        navigate(CatalogView.class);
        navigate("exercises/" + id, ExerciseView.class);
        assertThat($(TextArea.class).id("written-text").getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "drafting-leaver", roles = "LEARNER")
    void aChangeTheServerCouldNotKeepIsShownAndLeavingAsksFirst() {
        long id = exercise("write-a-case-assessment");
        navigate("exercises/" + id, ExerciseView.class);
        test($(Button.class).id("start-attempt")).click();
        test($(TextArea.class).id("written-text")).setValue("A first paragraph, kept.");
        test($(TextArea.class).id("written-text")).setValue("x".repeat(AnswerLimits.MAX_TOTAL_TEXT + 1));

        assertThat($(Span.class).id("draft-saved").getText())
                .isEqualTo("Your latest changes are not saved: the answer is too large to keep as a draft.");
        assertThat(drafts.load(id).orElseThrow().answer()).isEqualTo(Map.of("text", "A first paragraph, kept."));

        UI.getCurrent().navigate(CatalogView.class);
        ConfirmDialog confirm = $(ConfirmDialog.class).id("confirm-leave");
        assertThat(confirm.isOpened()).isTrue();
        assertThat($(ExerciseView.class).all()).as("still on the exercise").hasSize(1);
        test(confirm).confirm();
        assertThat($(ExerciseView.class).all()).isEmpty();
    }

    private long exercise(String slug) {
        return catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().id();
    }
}
