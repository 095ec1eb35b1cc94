package org.tnracademy.core.answerdraft;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.grading.AnswerSubmitted;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.AnswerLimits;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import tools.jackson.core.type.TypeReference;

/**
 * The signed-in learner's unsubmitted answers, one per exercise version: saved as they work,
 * handed back when the exercise is opened again (after a reload, a language switch, a new sign-in,
 * on another device), and deleted with the attempt that submits them. Every call reads and writes
 * the caller's own draft only: there is no way to name another account's.
 * <p>
 * A draft belongs to the exercise version it was written on: the exercise page of a newer version
 * starts empty, since an answer to another spec may name items that are gone.
 */
@Service
public class AnswerDrafts {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final AnswerDraftRepository drafts;
    private final AccountService accounts;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    AnswerDrafts(AnswerDraftRepository drafts, AccountService accounts, TransactionTemplate tx, JdbcClient jdbc) {
        this.drafts = drafts;
        this.accounts = accounts;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    /**
     * Keeps the answer tree as the learner's draft of the exercise, replacing the one before. The
     * tree is bounded before it is written out ({@link AnswerLimits#checkDraft}, linear in its size); a blank tree is kept
     * too, since a learner who cleared their answer wants it cleared after a reload.
     *
     * @return when it was kept
     * @throws DraftRefusedException naming the bound passed, or for an unknown exercise; the draft
     *                               stored before is kept
     */
    @PreAuthorize("hasRole('LEARNER')")
    public Instant save(long exerciseId, Map<String, Object> answerTree) {
        long learnerId = accounts.currentId();
        bounded(answerTree);
        String json = Json.write(answerTree);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            return store(learnerId, exerciseId, json, now);
        } catch (DataIntegrityViolationException clash) {
            // another tab stored the first draft at the same moment (found now), or no such exercise
            try {
                return store(learnerId, exerciseId, json, now);
            } catch (DataIntegrityViolationException unknown) {
                throw new DraftRefusedException(DraftRefusedException.Reason.UNKNOWN_EXERCISE,
                        "No exercise with id " + exerciseId);
            }
        }
    }

    /** The bounds of every answer tree, as a draft has them: a draft is an answer not yet submitted. */
    private static void bounded(Map<String, Object> answerTree) {
        if (answerTree == null) {
            throw new DraftRefusedException(DraftRefusedException.Reason.NOT_A_TREE, "The draft has no answer tree");
        }
        try {
            AnswerLimits.checkDraft(answerTree);
        } catch (InvalidAnswerException beyond) {
            boolean notATree = beyond.problems().stream().anyMatch(p -> p.code() == AnswerProblem.Code.WRONG_TYPE);
            throw new DraftRefusedException(notATree ? DraftRefusedException.Reason.NOT_A_TREE
                    : DraftRefusedException.Reason.TOO_LARGE, "The draft was not kept: " + beyond.getMessage());
        }
    }

    /**
     * One update statement when the learner has a draft of the exercise already, as they do from the
     * second change on (a draft is kept at every change); an insert for the first. The update is
     * plain SQL and a transaction of its own (one statement: it replaces the draft whole or not at
     * all): it runs on every answer a learner changes, and through the entity manager, or inside
     * its transaction, the translation, flushes and commit cost as much as the statement itself
     * (docs/benchmarks.md). A first draft stored by another tab between the two statements makes
     * the insert clash, and {@link #save} tries again.
     */
    private Instant store(long learnerId, long exerciseId, String json, Instant now) {
        int replaced = jdbc.sql("update answer_draft set answer = ?, saved_at = ?"
                        + " where learner_id = ? and exercise_id = ?")
                .params(json, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), learnerId, exerciseId).update();
        if (replaced == 0) {
            tx.executeWithoutResult(status -> drafts.saveAndFlush(new AnswerDraft(learnerId, exerciseId, json, now)));
        }
        return now;
    }

    /** The learner's draft of the exercise version, if they have one. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public Optional<SavedDraft> load(long exerciseId) {
        long learnerId = accounts.currentId();
        return drafts.findByLearnerIdAndExerciseId(learnerId, exerciseId)
                .map(d -> new SavedDraft(exerciseId, Json.read(d.answer(), TREE), d.savedAt()));
    }

    /** Deletes the learner's draft of the exercise; nothing happens when there is none. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void discard(long exerciseId) {
        delete(accounts.currentId(), exerciseId);
    }

    /** The submitted answer replaces the draft, in the transaction that stores the attempt. */
    @EventListener
    @Transactional
    void on(AnswerSubmitted submitted) {
        delete(submitted.learnerId(), submitted.exerciseId());
    }

    /**
     * Plain SQL, in the caller's transaction: run with every submission, where the entity manager's
     * bulk delete flushed and cleared the whole persistence context of the submission's transaction
     * first and after (about a fifth of storing an attempt, docs/benchmarks.md). No draft entity is
     * loaded in a submission's transaction, so the entity manager holds none this delete leaves stale.
     */
    private void delete(long learnerId, long exerciseId) {
        jdbc.sql("delete from answer_draft where learner_id = ? and exercise_id = ?").params(learnerId, exerciseId).update();
    }
}
