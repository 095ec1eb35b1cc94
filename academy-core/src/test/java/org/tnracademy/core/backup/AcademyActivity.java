package org.tnracademy.core.backup;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.certificate.CertificateService;
import org.tnracademy.core.certificate.CertificateTexts;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.review.ReviewService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/**
 * A day of the academy worth backing up, through its own services: a cohort, learners who submit
 * answers to every exercise type, a written analysis graded by an instructor, a certificate
 * issued, and the audit entries all of it writes.
 */
final class AcademyActivity {

    private AcademyActivity() {
    }

    static void happen(ApplicationContext academy) {
        CatalogService catalog = academy.getBean(CatalogService.class);
        GradingService grading = academy.getBean(GradingService.class);
        AccountProvisioning provisioning = academy.getBean(AccountProvisioning.class);
        CohortFixture cohort = new CohortFixture(academy.getBean(CohortService.class), catalog, grading, provisioning);
        String instructor = "grader-" + cohort.tag;
        provisioning.ensure(instructor, "Grader", "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        try {
            for (String name : new String[] {"Ada Quill", "Bo Reyes"}) {
                String learner = cohort.learner(name);
                long written = 0;
                SignedIn.as(learner, Role.LEARNER);
                for (CourseOutline.Step step : catalog.outline(cohort.courseId).orElseThrow().steps()) {
                    if (step.kind() != CourseOutline.StepKind.EXERCISE) {
                        continue;
                    }
                    grading.start(step.id());
                    GradedAttempt attempt = grading.submit(step.id(), AllTypesPack.keyAnswer(step.exerciseType()),
                            UUID.randomUUID().toString());
                    if (step.exerciseType().equals("written-analysis")) {
                        written = attempt.attemptId();
                    }
                }
                SignedIn.as(instructor, Role.INSTRUCTOR);
                academy.getBean(ReviewService.class).grade(written, Map.of("sourcing", 4, "safety", 2), "Well sourced.");
                SignedIn.as(learner, Role.LEARNER);
                academy.getBean(CertificateService.class).pdf(cohort.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH,
                        "https://academy.example/verify");
            }
        } finally {
            SignedIn.nobody();
        }
    }
}
