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
class Lesson extends ModuleStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false)
    int minutes;

    /** Markdown source per language. */
    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText body;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(name = "content_note")
    LocalizedText contentNote;

    protected Lesson() {
    }

    Lesson(long moduleId, String slug, int position, int minutes, LocalizedText title, LocalizedText body,
           LocalizedText contentNote) {
        super(moduleId, slug, position, title);
        this.minutes = minutes;
        this.body = body;
        this.contentNote = contentNote;
    }
}
