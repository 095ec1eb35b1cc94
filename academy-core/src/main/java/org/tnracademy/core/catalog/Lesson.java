package org.tnracademy.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.exercises.LocalizedText;

/** A lesson: Markdown per language, rendered to sanitised HTML when read. */
@Entity
@Table(name = "lesson")
class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    Long id;

    @Column(name = "module_id", nullable = false)
    long moduleId;

    @Column(nullable = false)
    String slug;

    @Column(nullable = false)
    int position;

    @Column(nullable = false)
    int minutes;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    /** Markdown source per language. */
    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText body;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(name = "content_note")
    LocalizedText contentNote;

    /** No longer in the pack: kept for the learner work that points at it. */
    @Column(nullable = false)
    boolean retired;

    protected Lesson() {
    }

    Lesson(long moduleId, String slug, int position, int minutes, LocalizedText title, LocalizedText body,
           LocalizedText contentNote) {
        this.moduleId = moduleId;
        this.slug = slug;
        this.position = position;
        this.minutes = minutes;
        this.title = title;
        this.body = body;
        this.contentNote = contentNote;
    }
}
