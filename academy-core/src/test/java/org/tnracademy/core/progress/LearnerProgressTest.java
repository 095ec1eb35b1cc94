package org.tnracademy.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.LocalizedText;

class LearnerProgressTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    private static LearnerProgress.Step lesson(long id, boolean read) {
        return new LearnerProgress.Step(id, false, title("Lesson " + id), read, read ? AT : null, 0, 0, null, false);
    }

    private static LearnerProgress.Step exercise(long id, Double score, boolean waiting) {
        return new LearnerProgress.Step(id, true, title("Exercise " + id), score != null, score != null ? AT : null,
                score != null ? 1 : 0, 3, score, waiting);
    }

    private static LocalizedText title(String en) {
        return new LocalizedText(Map.of("en", en));
    }

    @Test
    void eachStepReadsAsToDoReadScoredOrAwaitingGrading() {
        assertThat(lesson(1, false).status()).isEqualTo(LearnerProgress.StepStatus.TO_DO);
        assertThat(lesson(1, true).status()).isEqualTo(LearnerProgress.StepStatus.READ);
        assertThat(exercise(1, 0.4, false).status()).isEqualTo(LearnerProgress.StepStatus.SCORED);
        assertThat(exercise(1, null, true).status()).isEqualTo(LearnerProgress.StepStatus.AWAITING_GRADING);
        assertThat(exercise(1, 0.4, true).status()).as("a new answer waits: that is what the learner looks for")
                .isEqualTo(LearnerProgress.StepStatus.AWAITING_GRADING);
    }

    @Test
    void resumingGoesToTheFirstStepStillToDoSkippingThoseAwaitingGrading() {
        // a lesson and an exercise share id 7: they are told apart by kind
        var course = new LearnerProgress.Course(1, title("Course"), List.of(lesson(7, true), exercise(3, null, true),
                lesson(8, false), exercise(7, null, false)));
        assertThat(course.resume()).hasValueSatisfying(s -> {
            assertThat(s.exercise()).isFalse();
            assertThat(s.id()).isEqualTo(8);
        });
        var done = new LearnerProgress.Course(1, title("Course"), List.of(lesson(7, true), exercise(3, null, true)));
        assertThat(done.resume()).isEmpty();
    }

    @Test
    void neighboursAreThePreviousAndNextStepsInCourseOrder() {
        var course = new LearnerProgress.Course(1, title("Course"), List.of(lesson(7, true), exercise(7, null, false),
                lesson(8, false)));

        LearnerProgress.Neighbours middle = course.neighbours(true, 7);
        assertThat(middle.previous().exercise()).isFalse();
        assertThat(middle.previous().id()).isEqualTo(7);
        assertThat(middle.next().id()).isEqualTo(8);
        assertThat(middle.position()).isEqualTo(2);
        assertThat(middle.of()).isEqualTo(3);

        assertThat(course.neighbours(false, 7).previous()).as("first step").isNull();
        assertThat(course.neighbours(false, 8).next()).as("last step").isNull();
        assertThat(course.neighbours(false, 99).position()).as("not in the course").isZero();
    }
}
