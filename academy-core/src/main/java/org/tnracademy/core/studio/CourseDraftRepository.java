package org.tnracademy.core.studio;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tnracademy.exercises.LocalizedText;

interface CourseDraftRepository extends JpaRepository<CourseDraft, Long> {

    /** Saves over the draft only if it is still at the revision the editor started from: 1 if saved, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CourseDraft d set d.title = :title, d.summary = :summary, d.modules = :modules,"
            + " d.revision = d.revision + 1, d.savedAt = :savedAt, d.savedBy = :savedBy"
            + " where d.courseId = :courseId and d.revision = :revision")
    int update(@Param("courseId") long courseId, @Param("revision") long revision, @Param("title") LocalizedText title,
               @Param("summary") LocalizedText summary, @Param("modules") String modules,
               @Param("savedAt") Instant savedAt, @Param("savedBy") String savedBy);

    /** Removes the draft only if nobody saved it since it was read: 1 if removed, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CourseDraft d where d.courseId = :courseId and d.revision = :revision")
    int deleteAtRevision(@Param("courseId") long courseId, @Param("revision") long revision);
}
