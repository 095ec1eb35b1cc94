package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.support.CountedStatements;
import org.tnracademy.core.support.SignedIn;

/**
 * Opening an exercise to work on reads the exercise once, whether or not it gives each learner a
 * variant: only a first visit of a variant exercise, which draws and stores the variant, reads more.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@Import(CountedStatements.Config.class)
class ExerciseToWorkStatementsTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aVisitAfterTheFirstReadsAVariantExerciseAsOftenAsAPlainOne() {
        String learner = "to-work-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        long plain = firstExerciseOf("test-course");
        long withVariants = firstExerciseOf("variants");
        catalog.exerciseToWork(plain, Locale.ENGLISH);

        long firstVisit = CountedStatements.during(() -> catalog.exerciseToWork(withVariants, Locale.ENGLISH));
        long plainVisit = CountedStatements.during(() -> catalog.exerciseToWork(plain, Locale.ENGLISH));
        long nextVisit = CountedStatements.during(() -> catalog.exerciseToWork(withVariants, Locale.ENGLISH));

        assertThat(nextVisit).as("the stored variant is one more read").isEqualTo(plainVisit + 1);
        assertThat(firstVisit).as("a first visit draws and stores the variant").isGreaterThan(nextVisit);
    }

    private long firstExerciseOf(String courseSlug) {
        return catalog.outlines().stream().filter(o -> o.slug().equals(courseSlug)).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).findFirst()
                .orElseThrow().id();
    }
}
