package org.tnracademy.ui.instructor;

import org.tnracademy.ui.testsupport.ActingAs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.review.ReviewRow;
import org.tnracademy.core.review.ReviewService;

/** The instructors' queue of written analyses without a browser: reading, a refused grade, a stored one. */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=instructor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    ReviewService review;
    @Autowired
    AccountProvisioning provisioning;

    long writtenExercise;
    String lastLearner;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        writtenExercise = catalog.allExercises().stream().filter(s -> "written-analysis".equals(s.exerciseType()))
                .findFirst().orElseThrow().id();
    }

    @Test
    void theLearnersTextIsPlainTextAndAnOutOfRangeGradeIsRefusedAtItsField() {
        String text = "The <b>campaign</b> began on day one.<script>alert(1)</script>\nSecond line.";
        GradedAttempt submitted = submit(text);
        long waiting = review.countPending();

        navigate(ReviewQueueView.class);
        open(submitted.attemptId());
        Div shown = $(Div.class).id("review-text");
        assertThat(shown.getText()).isEqualTo(text);
        assertThat(shown.getElement().getChildren()).as("no markup was made of the text")
                .allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(shown.getElement().hasProperty("innerHTML")).isFalse();

        IntegerField forms = $(IntegerField.class).id("points-forms");
        IntegerField evidence = $(IntegerField.class).id("points-evidence");
        assertThat(forms.getHelperText()).as("levels shown at the picker").contains("points:");
        forms.setValue(9);
        evidence.setValue(2);
        test($(Button.class).id("review-save")).click();

        assertThat(forms.isInvalid()).isTrue();
        assertThat(forms.getErrorMessage()).isEqualTo("Give a whole number of points from 0 to 4.");
        assertThat(evidence.isInvalid()).isFalse();
        assertThat($(IntegerField.class).all()).filteredOn(f -> f != forms && f != evidence)
                .allSatisfy(f -> {
                    assertThat(f.isInvalid()).as("an unset criterion is flagged").isTrue();
                    assertThat(f.getErrorMessage()).isEqualTo("Give the points for this criterion.");
                });
        assertThat($(Div.class).id("review-error").getText()).startsWith("The grade was not saved");
        assertThat(review.countPending()).as("nothing stored").isEqualTo(waiting);
        assertThat(forms.getValue()).as("what was typed stays").isEqualTo(9);
    }

    @Test
    void savingAGradeStoresItAndOpensTheNextAnalysis() {
        GradedAttempt first = submit("First analysis: the network posts in waves.");
        String firstLearner = lastLearner;
        GradedAttempt second = submit("Second analysis: the decoys write their own words.");

        navigate(ReviewQueueView.class);
        open(first.attemptId());
        for (IntegerField points : $(IntegerField.class).all()) {
            points.setValue(points.getMax() / 2);
        }
        $(TextArea.class).id("review-comment").setValue("Name the posts that support each claim.");
        test($(Button.class).id("review-save")).click();

        assertThat(review.submission(first.attemptId())).as("graded, no longer pending").isEmpty();
        assertThat(ActingAs.learner(firstLearner, () -> grading.myAttempts(writtenExercise)).stream()
                .filter(a -> a.attemptId() == first.attemptId()).findFirst().orElseThrow().score()).isNotNull();
        String heading = $(com.vaadin.flow.component.html.H3.class).first().getText();
        assertThat(heading).as("the next analysis in the queue opens").contains("attempt");
        assertThat($(Div.class).id("review-text").getText()).isNotEqualTo(
                "First analysis: the network posts in waves.");
        assertThat(review.submission(second.attemptId())).isPresent();
    }

    private void open(long attemptId) {
        @SuppressWarnings("unchecked")
        Grid<ReviewRow> queue = $(Grid.class).id("review-queue");
        var tester = test(queue);
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i).attemptId() == attemptId) {
                tester.select(i);
                return;
            }
        }
        throw new AssertionError("attempt " + attemptId + " is not in the queue");
    }

    /** Each analysis from a new learner: the exercise allows one attempt. */
    private GradedAttempt submit(String text) {
        String learner = "writer-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Writer " + learner.substring(7), "secret-password", EnumSet.of(Role.LEARNER));
        lastLearner = learner;
        return ActingAs.learner(learner, () -> {
            grading.start(writtenExercise); // the exercise is timed: the clock starts first
            return grading.submit(writtenExercise, Map.of("text", text), UUID.randomUUID().toString());
        });
    }
}
