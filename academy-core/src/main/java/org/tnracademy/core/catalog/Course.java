package org.tnracademy.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.exercises.LocalizedText;

@Entity
@Table(name = "course")
class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false, unique = true)
    String slug;

    @Column(name = "pack_version", nullable = false)
    int packVersion;

    @Column(nullable = false)
    String level;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText summary;

    @Column(name = "content_hash", nullable = false)
    String contentHash;

    /**
     * False for a course created in the studio until its first publication: learners never see it
     * (see {@link UnpublishedCourses}). Every import of the course's pack sets it.
     */
    @Column(nullable = false)
    boolean published = true;

    /** The score in percent a learner needs for the course's certificate (see {@link CourseCertification}). */
    @Column(name = "pass_mark", nullable = false)
    int passMark = CoursePack.DEFAULT_PASS_MARK;

    /** Two nodes importing the same changed pack: the second to commit fails here and backs off. */
    @Version
    long version;

    protected Course() {
    }

    Course(String slug, int packVersion, String level, LocalizedText title, LocalizedText summary, String contentHash) {
        this.slug = slug;
        this.packVersion = packVersion;
        this.level = level;
        this.title = title;
        this.summary = summary;
        this.contentHash = contentHash;
    }
}
