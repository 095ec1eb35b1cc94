package org.tnracademy.core.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One picture of a course at one content: never changed once stored except for {@link #published},
 * which marks, per path, the picture learners see.
 */
@Entity
@Table(name = "course_image")
class CourseImage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_image_seq")
    @SequenceGenerator(name = "course_image_seq", sequenceName = "course_image_seq", allocationSize = 50)
    Long id;

    @Column(name = "course_id", nullable = false)
    long courseId;

    /** The picture's path in the course's pack, such as {@code lessons/images/map.png}. */
    @Column(nullable = false)
    String path;

    @Column(name = "media_type", nullable = false)
    String mediaType;

    @Column(nullable = false)
    String sha256;

    @Column(name = "size_bytes", nullable = false)
    int sizeBytes;

    @Column(nullable = false)
    byte[] bytes;

    @Column(name = "uploaded_by", nullable = false)
    String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;

    @Column(nullable = false)
    boolean published;

    protected CourseImage() {
    }

    CourseImage(long courseId, String path, String mediaType, String sha256, byte[] bytes, String uploadedBy,
                Instant uploadedAt, boolean published) {
        this.courseId = courseId;
        this.path = path;
        this.mediaType = mediaType;
        this.sha256 = sha256;
        this.sizeBytes = bytes.length;
        this.bytes = bytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.published = published;
    }
}
