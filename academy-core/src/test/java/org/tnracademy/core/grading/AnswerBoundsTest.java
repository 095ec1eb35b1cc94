package org.tnracademy.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.AnswerLimits;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;

/**
 * Answers are bounded before grading: an answer over a bound is refused as invalid, with where,
 * and nothing is stored; an answer with many problems lists the first ones and counts them all.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class AnswerBoundsTest {

    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcTemplate jdbc;

    String learner;
    long exerciseId;

    @BeforeEach
    void labellingExercise() {
        learner = "bounds-learner-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Bounds Learner", "secret-password", EnumSet.of(Role.LEARNER));
        provisioning.ensure("bounds-instructor", "Bounds Instructor", "secret-password", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as("bounds-instructor", Role.INSTRUCTOR);
        exerciseId = catalog.outlines().stream().filter(o -> o.slug().equals(AllTypesPack.SLUG)).findFirst()
                .orElseThrow().steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE
                        && s.slug().equals(AllTypesPack.EXERCISE_OF_TYPE.get("item-labelling")))
                .findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void anAnswerOverABoundIsRefusedWithWhereAndNothingIsStored() {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (int i = 0; i <= AnswerLimits.MAX_ENTRIES; i++) {
            labels.put("t" + i, "doxing");
        }
        long attempts = jdbc.queryForObject("select count(*) from attempt", Long.class);
        SignedIn.as(learner, Role.LEARNER);
        grading.start(exerciseId);

        assertThatThrownBy(() -> grading.submit(exerciseId, Map.of("labels", labels), UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.INVALID_ANSWER);
                    assertThat(e.problemCount()).isEqualTo(1);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.where()).isEqualTo("labels");
                        assertThat(p.code()).isEqualTo(AnswerProblem.Code.TOO_LARGE);
                    });
                });
        assertThat(jdbc.queryForObject("select count(*) from attempt", Long.class)).isEqualTo(attempts);

        SignedIn.as("bounds-instructor", Role.INSTRUCTOR);
        assertThatThrownBy(() -> grading.previewGrade(exerciseId, Map.of("labels", labels)))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.problems()).extracting(AnswerProblem::where).containsExactly("labels"));
    }

    @Test
    void anAnswerWithManyProblemsListsTheFirstAndCountsThemAll() {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (int i = 0; i < 500; i++) {
            labels.put("ghost-" + i, "doxing");
        }
        SignedIn.as(learner, Role.LEARNER);
        grading.start(exerciseId);

        assertThatThrownBy(() -> grading.submit(exerciseId, Map.of("labels", labels), UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.INVALID_ANSWER);
                    assertThat(e.problems()).hasSize(InvalidAnswerException.MAX_LISTED);
                    assertThat(e.problemCount()).isEqualTo(500);
                    assertThat(e.getMessage()).endsWith("and 400 more");
                });
    }
}
