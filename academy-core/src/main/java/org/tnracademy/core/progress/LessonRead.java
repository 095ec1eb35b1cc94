package org.tnracademy.core.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** That a learner opened a lesson, and when first. */
@Entity
@Table(name = "lesson_read")
class LessonRead {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_read_seq")
    @SequenceGenerator(name = "lesson_read_seq", sequenceName = "lesson_read_seq", allocationSize = 50)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected LessonRead() {
    }

    LessonRead(long learnerId, long lessonId, Instant readAt) {
        this.learnerId = learnerId;
        this.lessonId = lessonId;
        this.readAt = readAt;
    }

    long lessonId() {
        return lessonId;
    }

    Instant readAt() {
        return readAt;
    }
}
