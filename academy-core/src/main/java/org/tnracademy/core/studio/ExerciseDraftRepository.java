package org.tnracademy.core.studio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tnracademy.exercises.LocalizedText;

interface ExerciseDraftRepository extends JpaRepository<ExerciseDraft, Long> {

    Optional<ExerciseDraft> findByCourseIdAndSlug(long courseId, String slug);

    List<ExerciseDraft> findByCourseIdOrderBySlug(long courseId);

    /** Saves over the draft only if it is still at the revision the editor started from: 1 if saved, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ExerciseDraft d set d.moduleSlug = :moduleSlug, d.title = :title,"
            + " d.instructions = :instructions, d.level = :level, d.forms = :forms, d.policy = :policy,"
            + " d.spec = :spec, d.answerKey = :answerKey, d.datasetId = :datasetId, d.problems = :problems,"
            + " d.revision = d.revision + 1, d.savedAt = :savedAt, d.savedBy = :savedBy"
            + " where d.id = :id and d.revision = :revision")
    int update(@Param("id") long id, @Param("revision") long revision, @Param("moduleSlug") String moduleSlug,
               @Param("title") LocalizedText title, @Param("instructions") LocalizedText instructions,
               @Param("level") String level, @Param("forms") String forms, @Param("policy") String policy,
               @Param("spec") String spec, @Param("answerKey") String answerKey,
               @Param("datasetId") Long datasetId, @Param("problems") String problems,
               @Param("savedAt") Instant savedAt, @Param("savedBy") String savedBy);

    /** Removes the draft only if nobody saved it since it was read: 1 if removed, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ExerciseDraft d where d.id = :id and d.revision = :revision")
    int deleteAtRevision(@Param("id") long id, @Param("revision") long revision);
}
