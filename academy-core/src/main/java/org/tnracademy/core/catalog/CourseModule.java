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

/** A chapter of a course, holding lessons and exercises in order. */
@Entity
@Table(name = "course_module")
class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_module_seq")
    @SequenceGenerator(name = "course_module_seq", sequenceName = "course_module_seq", allocationSize = 50)
    Long id;

    @Column(name = "course_id", nullable = false)
    long courseId;

    @Column(nullable = false)
    String slug;

    @Column(nullable = false)
    int position;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    /** No longer in the pack: kept for the learner work that points at it. */
    @Column(nullable = false)
    boolean retired;

    protected CourseModule() {
    }

    CourseModule(long courseId, String slug, int position, LocalizedText title) {
        this.courseId = courseId;
        this.slug = slug;
        this.position = position;
        this.title = title;
    }
}
