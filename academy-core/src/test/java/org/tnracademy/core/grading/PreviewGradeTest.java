package org.tnracademy.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.tnracademy.exercises.types.ExerciseTypes;

/** An instructor's test-grade: the score a submission gets, with no attempt, start or event recorded. */
@SpringBootTest(classes = CoreTestApplication.class)
class PreviewGradeTest {

    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcTemplate jdbc;

    String learner;

    @BeforeEach
    void accounts() {
        learner = "preview-learner-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Preview Learner", "secret-password", EnumSet.of(Role.LEARNER));
        provisioning.ensure("preview-instructor", "Preview Instructor", "secret-password", EnumSet.of(Role.INSTRUCTOR));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static Stream<String> types() {
        return ExerciseTypes.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void previewingRecordsNothingAndScoresAsASubmissionWould(String type) {
        long id = exercise(AllTypesPack.EXERCISE_OF_TYPE.get(type));
        // a written analysis has no partial answer: the instructor grades it
        Map<String, Object> answer = ExerciseTypes.get(type).gradedByInstructor() ? AllTypesPack.keyAnswer(type)
                : AllTypesPack.partialAnswer(type);
        long attemptsBefore = count("attempt");
        long startsBefore = count("attempt_window");

        SignedIn.as("preview-instructor", Role.INSTRUCTOR);
        PreviewGrade preview = grading.previewGrade(id, answer);

        assertThat(count("attempt")).as("no attempt recorded").isEqualTo(attemptsBefore);
        assertThat(count("attempt_window")).as("no attempt opened").isEqualTo(startsBefore);

        SignedIn.as(learner, Role.LEARNER);
        grading.start(id);
        GradedAttempt real = grading.submit(id, answer, UUID.randomUUID().toString());
        assertThat(preview.keyVersion()).isEqualTo(real.keyVersion());
        assertThat(preview.exerciseVersion()).isEqualTo(real.exerciseVersion());
        if (ExerciseTypes.get(type).gradedByInstructor()) {
            assertThat(preview.pending()).isTrue();
            assertThat(real.pending()).isTrue();
        } else {
            assertThat(preview.score()).isEqualTo(real.score());
            assertThat(preview.score()).as("a partial answer").isLessThan(1.0);
            // the learner, with attempts left, is sent the same grade withheld; the instructor sees it whole
            assertThat(real.keyWithheld()).isTrue();
            assertThat(real.result()).usingRecursiveComparison().isEqualTo(preview.result().withheld());
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void anEmptyOrInvalidPreviewIsRefusedAsASubmissionWouldBe(String type) {
        long id = exercise(AllTypesPack.EXERCISE_OF_TYPE.get(type));
        SignedIn.as("preview-instructor", Role.INSTRUCTOR);
        assertThatThrownBy(() -> grading.previewGrade(id, Map.of()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.EMPTY_ANSWER));
        assertThatThrownBy(() -> grading.previewGrade(id, AllTypesPack.invalidAnswer(type)))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.INVALID_ANSWER);
                    assertThat(e.problems()).isNotEmpty();
                });
        assertThatThrownBy(() -> grading.previewGrade(Long.MAX_VALUE, AllTypesPack.keyAnswer(type)))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.UNKNOWN_EXERCISE));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long exercise(String slug) {
        SignedIn.as("preview-instructor", Role.INSTRUCTOR);
        return catalog.outlines().stream().filter(o -> o.slug().equals(AllTypesPack.SLUG)).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE && s.slug().equals(slug))
                .findFirst().orElseThrow().id();
    }
}
