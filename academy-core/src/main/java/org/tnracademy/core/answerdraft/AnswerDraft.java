package org.tnracademy.core.answerdraft;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A learner's unsubmitted answer to one exercise version, as the type's answer tree in JSON. */
@Entity
@Table(name = "answer_draft")
class AnswerDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_draft_seq")
    @SequenceGenerator(name = "answer_draft_seq", sequenceName = "answer_draft_seq", allocationSize = 50)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "answer", nullable = false)
    private String answer;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected AnswerDraft() {
    }

    AnswerDraft(long learnerId, long exerciseId, String answer, Instant savedAt) {
        this.learnerId = learnerId;
        this.exerciseId = exerciseId;
        this.answer = answer;
        this.savedAt = savedAt;
    }

    String answer() {
        return answer;
    }

    Instant savedAt() {
        return savedAt;
    }
}
