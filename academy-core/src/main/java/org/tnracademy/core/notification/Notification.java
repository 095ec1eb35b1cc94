package org.tnracademy.core.notification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.exercises.LocalizedText;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    Long id;

    @Column(name = "account_id", nullable = false)
    long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NotificationKind kind;

    /** One notification per account and key: "grade:42", "assigned:3:7", "due:3:7:2026-12-12". */
    @Column(name = "dedupe_key", nullable = false)
    String dedupeKey;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    @Column(name = "target_kind")
    String targetKind;

    @Column(name = "target_id")
    Long targetId;

    Double score;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "read_at")
    Instant readAt;

    protected Notification() {
    }

    Notification(long accountId, NotificationKind kind, String dedupeKey, LocalizedText title, String targetKind,
                 Long targetId, Double score, LocalDate dueOn, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.dedupeKey = dedupeKey;
        this.title = title;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.score = score;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
    }

    LearnerNotification view() {
        return new LearnerNotification(id, kind, title,
                "exercise".equals(targetKind) ? LearnerNotification.Target.EXERCISE
                        : "course".equals(targetKind) ? LearnerNotification.Target.COURSE : null,
                targetId == null ? 0 : targetId, score, dueOn, createdAt, readAt != null);
    }
}
