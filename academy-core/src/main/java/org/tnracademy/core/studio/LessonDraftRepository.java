package org.tnracademy.core.studio;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tnracademy.exercises.LocalizedText;

interface LessonDraftRepository extends JpaRepository<LessonDraft, Long> {

    List<LessonDraft> findByCourseIdOrderByLessonSlug(long courseId);

    /** Saves over the draft only if it is still at the revision the editor started from: 1 if saved, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update LessonDraft d set d.title = :title, d.body = :body, d.contentNote = :contentNote,"
            + " d.revision = d.revision + 1, d.savedAt = :savedAt, d.savedBy = :savedBy"
            + " where d.lessonId = :lessonId and d.revision = :revision")
    int update(@Param("lessonId") long lessonId, @Param("revision") long revision, @Param("title") LocalizedText title,
               @Param("body") LocalizedText body, @Param("contentNote") LocalizedText contentNote,
               @Param("savedAt") Instant savedAt, @Param("savedBy") String savedBy);

    /** Removes the draft only if nobody saved it since it was read: 1 if removed, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from LessonDraft d where d.lessonId = :lessonId and d.revision = :revision")
    int deleteAtRevision(@Param("lessonId") long lessonId, @Param("revision") long revision);
}
