package org.tnracademy.core.media;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseImageRepository extends JpaRepository<CourseImage, Long> {

    /** Every stored picture of the course without its bytes, oldest upload first. */
    @Query("select new org.tnracademy.core.media.CourseImageInfo(i.courseId, i.path, i.mediaType, i.sha256, "
            + "i.sizeBytes, i.uploadedBy, i.uploadedAt, i.published) from CourseImage i "
            + "where i.courseId = ?1 order by i.id")
    List<CourseImageInfo> infos(long courseId);

    List<CourseImage> findByCourseIdAndPublishedTrue(long courseId);

    List<CourseImage> findByCourseIdAndPathOrderByIdDesc(long courseId, String path);

    Optional<CourseImage> findByCourseIdAndPathAndSha256(long courseId, String path, String sha256);

    Optional<CourseImage> findFirstByCourseIdAndSha256(long courseId, String sha256);

    boolean existsByCourseIdAndSha256AndPublishedTrue(long courseId, String sha256);
}
