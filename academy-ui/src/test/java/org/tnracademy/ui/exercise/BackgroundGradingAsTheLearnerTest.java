package org.tnracademy.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.grading.AttemptSummary;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.SubmissionRefusedException;
import org.tnracademy.ui.testsupport.ActingAs;

/**
 * The asynchronous grading path outside a browser: the application's SubmissionRunner (grading off
 * the request thread, as in production) in front of the real GradingService and its method
 * security. Each learner's answer is graded and stored as that learner, also when two are graded
 * at once; each page gets its own result; a refusal and a submission by nobody reach the page and
 * store nothing.
 */
@SpringBootTest(properties = "academy.grading.async=true")
class BackgroundGradingAsTheLearnerTest {

    @Autowired
    SubmissionRunner runner;
    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    AccountProvisioning provisioning;

    long exerciseId;
    String ada;
    String bob;

    @BeforeEach
    void twoLearnersAndAnExerciseOverADataset() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ada = "bg-ada-" + tag;
        bob = "bg-bob-" + tag;
        provisioning.ensure(ada, "Ada Background", "long-enough-pw", EnumSet.of(Role.LEARNER));
        provisioning.ensure(bob, "Bob Background", "long-enough-pw", EnumSet.of(Role.LEARNER));
        exerciseId = ActingAs.learner(ada, () -> catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals("label-posts-basics")).findFirst().orElseThrow().id());
    }

    @Test
    void twoLearnersGradedAtOnceEachGetTheirOwnAttemptOnTheirOwnPage() throws Exception {
        Map<String, String> key = keyLabels();
        Map<String, String> half = new LinkedHashMap<>();
        key.entrySet().stream().limit(key.size() / 2).forEach(e -> half.put(e.getKey(), e.getValue()));
        CyclicBarrier bothGrading = new CyclicBarrier(2);
        RecordingUi adasPage = new RecordingUi();
        RecordingUi bobsPage = new RecordingUi();
        CompletableFuture<GradedAttempt> adaShown = new CompletableFuture<>();
        CompletableFuture<GradedAttempt> bobShown = new CompletableFuture<>();

        // ada answers everything right, bob half: the scores tell whose answer each page shows
        submit(ada, adasPage, Map.of("labels", key), bothGrading, adaShown);
        submit(bob, bobsPage, Map.of("labels", half), bothGrading, bobShown);

        GradedAttempt adas = adaShown.get(60, TimeUnit.SECONDS);
        GradedAttempt bobs = bobShown.get(60, TimeUnit.SECONDS);
        assertThat(adas.score()).isEqualTo(1.0);
        assertThat(bobs.score()).isLessThan(1.0);
        assertThat(adasPage.accesses).isEqualTo(1);
        assertThat(bobsPage.accesses).isEqualTo(1);
        // stored as the learner who submitted, never the other one
        assertThat(ActingAs.learner(ada, () -> grading.myAttempts(exerciseId)))
                .extracting(AttemptSummary::attemptId).containsExactly(adas.attemptId());
        assertThat(ActingAs.learner(bob, () -> grading.myAttempts(exerciseId)))
                .extracting(AttemptSummary::attemptId).containsExactly(bobs.attemptId());
    }

    @Test
    void aRefusedAnswerReachesTheLearnersPageAndStoresNothing() throws Exception {
        RecordingUi page = new RecordingUi();
        CompletableFuture<RuntimeException> failed = new CompletableFuture<>();

        ActingAs.learner(ada, () -> {
            runner.run(page, true, () -> { }, () -> grading.submit(exerciseId, Map.of("labels", Map.of()),
                    UUID.randomUUID().toString()), r -> failed.completeExceptionally(new AssertionError(
                    "graded " + r)), failed::complete);
            return null;
        });

        assertThat(failed.get(60, TimeUnit.SECONDS)).isInstanceOf(SubmissionRefusedException.class);
        assertThat(page.accesses).isEqualTo(1);
        assertThat(ActingAs.learner(ada, () -> grading.myAttempts(exerciseId))).isEmpty();
    }

    @Test
    void aSubmissionWithNobodySignedInIsRefusedOnTheGraderThreadAndStoresNothing() throws Exception {
        SecurityContextHolder.clearContext();
        RecordingUi page = new RecordingUi();
        CompletableFuture<RuntimeException> failed = new CompletableFuture<>();

        runner.run(page, true, () -> { }, () -> grading.submit(exerciseId, Map.of("labels", keyLabels()),
                UUID.randomUUID().toString()), r -> failed.completeExceptionally(new AssertionError("graded " + r)),
                failed::complete);

        assertThat(failed.get(60, TimeUnit.SECONDS)).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
        assertThat(ActingAs.learner(ada, () -> grading.myAttempts(exerciseId))).isEmpty();
        assertThat(ActingAs.learner(bob, () -> grading.myAttempts(exerciseId))).isEmpty();
    }

    private void submit(String learner, UI page, Map<String, Object> answer, CyclicBarrier bothGrading,
                        CompletableFuture<GradedAttempt> shown) {
        ActingAs.learner(learner, () -> {
            runner.run(page, true, () -> { }, () -> {
                try {
                    bothGrading.await(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return grading.submit(exerciseId, answer, UUID.randomUUID().toString());
            }, shown::complete, shown::completeExceptionally);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> keyLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object entry : (List<Object>) keys.material(exerciseId).orElseThrow().keyTree().get("items")) {
            Map<String, Object> e = (Map<String, Object>) entry;
            labels.put((String) e.get("item"), (String) e.get("label"));
        }
        return labels;
    }

    /** A page without a session: access runs the command at once and counts it. */
    private static final class RecordingUi extends UI {
        volatile int accesses;

        @Override
        public Future<Void> access(Command command) {
            accesses++;
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }
}
