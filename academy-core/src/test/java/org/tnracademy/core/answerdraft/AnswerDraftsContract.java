package org.tnracademy.core.answerdraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tnracademy.core.support.Answers.labelled;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.AnswerLimits;

/**
 * A learner's answer drafts: kept, read back, theirs alone, gone with the submission, bounded. Run
 * against each database the academy supports (see the subclasses).
 */
abstract class AnswerDraftsContract {

    @Autowired
    AnswerDrafts drafts;
    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    String learner;
    long exerciseId;

    @BeforeEach
    void newLearner() {
        learner = newAccount(Role.LEARNER);
        SignedIn.as(learner, Role.LEARNER);
        CourseOutline course = catalog.outlines().stream().filter(o -> o.slug().equals("test-course")).findFirst()
                .orElseThrow();
        exerciseId = course.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private String newAccount(Role role) {
        String username = "drafter-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(username, "Test Learner", "secret-password", EnumSet.of(role));
        return username;
    }

    @Test
    void aSavedDraftIsReadBackWithTheTimeItWasKept() {
        Instant before = Instant.now().minusSeconds(1);
        Instant savedAt = drafts.save(exerciseId, labelled(Map.of("p1", "doxing", "p2", "benign")));

        SavedDraft draft = drafts.load(exerciseId).orElseThrow();

        assertThat(draft.answer()).isEqualTo(labelled(Map.of("p1", "doxing", "p2", "benign")));
        assertThat(draft.savedAt()).isEqualTo(savedAt).isAfter(before);
    }

    @Test
    void aLaterSaveReplacesTheDraftAndTheTimeItWasKept() {
        Instant first = drafts.save(exerciseId, labelled(Map.of("p1", "doxing")));
        Instant second = drafts.save(exerciseId, labelled(Map.of("p1", "benign", "p3", "harassment")));

        SavedDraft draft = drafts.load(exerciseId).orElseThrow();
        assertThat(draft.answer()).isEqualTo(labelled(Map.of("p1", "benign", "p3", "harassment")));
        assertThat(draft.savedAt()).isEqualTo(second).isAfterOrEqualTo(first);
    }

    @Test
    void anotherLearnerNeitherReadsNorOverwritesTheDraft() {
        drafts.save(exerciseId, labelled(Map.of("p1", "doxing")));

        SignedIn.as(newAccount(Role.LEARNER), Role.LEARNER);
        assertThat(drafts.load(exerciseId)).as("someone else's draft").isEmpty();
        drafts.save(exerciseId, labelled(Map.of("p1", "benign")));
        drafts.discard(exerciseId);

        SignedIn.as(learner, Role.LEARNER);
        assertThat(drafts.load(exerciseId).orElseThrow().answer()).isEqualTo(labelled(Map.of("p1", "doxing")));
    }

    @Test
    void onlyASignedInLearnerHasDrafts() {
        SignedIn.as(newAccount(Role.INSTRUCTOR), Role.INSTRUCTOR);
        assertThatThrownBy(() -> drafts.load(exerciseId)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> drafts.save(exerciseId, labelled(Map.of("p1", "doxing"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignedIn.nobody();
        assertThatThrownBy(() -> drafts.load(exerciseId)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void submittingAnAttemptClearsTheDraft() {
        drafts.save(exerciseId, labelled(Map.of("p1", "doxing")));

        grading.submit(exerciseId, labelled(Map.of("p1", "doxing")), UUID.randomUUID().toString());

        assertThat(drafts.load(exerciseId)).isEmpty();
    }

    @Test
    void discardDeletesTheDraft() {
        drafts.save(exerciseId, labelled(Map.of("p1", "doxing")));

        drafts.discard(exerciseId);
        drafts.discard(exerciseId);

        assertThat(drafts.load(exerciseId)).isEmpty();
    }

    @Test
    void aTreeOverTheSizeBoundIsRefusedAndTheDraftBeforeIsKept() {
        drafts.save(exerciseId, labelled(Map.of("p1", "doxing")));
        Map<String, Object> huge = Map.of("text", "x".repeat(AnswerLimits.MAX_TOTAL_TEXT + 1));

        assertThatThrownBy(() -> drafts.save(exerciseId, huge))
                .isInstanceOfSatisfying(DraftRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("characters").contains(String.valueOf(AnswerLimits.MAX_TOTAL_TEXT));
                });
        assertThat(drafts.load(exerciseId).orElseThrow().answer()).isEqualTo(labelled(Map.of("p1", "doxing")));
    }

    @Test
    void aTextTypedPastTheLimitOfOneAnswerTextIsKeptSoTheLearnerCanCutIt() {
        Map<String, Object> pastTheLimit = Map.of("text", "y".repeat(AnswerLimits.MAX_TEXT_LENGTH + 1));

        drafts.save(exerciseId, pastTheLimit);

        assertThat(drafts.load(exerciseId).orElseThrow().answer()).isEqualTo(pastTheLimit);
    }

    @Test
    void aTreeWithTooManyValuesIsRefused() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i <= AnswerLimits.MAX_ENTRIES; i++) {
            many.add(i);
        }

        assertThatThrownBy(() -> drafts.save(exerciseId, Map.of("order", many)))
                .isInstanceOfSatisfying(DraftRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.TOO_LARGE));
    }

    @Test
    void aTreeNestedTooDeepIsRefused() {
        Map<String, Object> deep = new LinkedHashMap<>();
        Map<String, Object> at = deep;
        for (int i = 0; i < AnswerLimits.MAX_DEPTH; i++) {
            Map<String, Object> inner = new LinkedHashMap<>();
            at.put("next", inner);
            at = inner;
        }
        at.put("value", 1);

        assertThatThrownBy(() -> drafts.save(exerciseId, deep))
                .isInstanceOfSatisfying(DraftRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("deeper than " + AnswerLimits.MAX_DEPTH);
                });
        assertThat(drafts.load(exerciseId)).isEmpty();
    }

    @Test
    void aValueThatIsNoPartOfATreeIsRefused() {
        assertThatThrownBy(() -> drafts.save(exerciseId, Map.of("text", new Object())))
                .isInstanceOfSatisfying(DraftRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.NOT_A_TREE));
    }

    @Test
    void aDraftOfAnUnknownExerciseIsRefused() {
        assertThatThrownBy(() -> drafts.save(Long.MAX_VALUE, labelled(Map.of("p1", "doxing"))))
                .isInstanceOfSatisfying(DraftRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.UNKNOWN_EXERCISE));
    }
}
