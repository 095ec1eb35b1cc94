package org.tnracademy.core.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseSnapshot;
import org.tnracademy.core.media.CourseImages;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.exercises.LocalizedText;

/**
 * Publishing a course: everything drafted in the studio (lesson drafts, new lessons, exercise
 * drafts, pictures, the course draft) becomes one new course version. Publishing goes through the
 * importer, as a pack would: lessons take their drafts' text, and exercises nobody changed stay the
 * versions learners are working on. The studio's views publish only through here.
 */
@Service
public class CoursePublishing {

    private final CourseSnapshot snapshots;
    private final LessonDraftRepository drafts;
    private final CourseDraftRepository courseDrafts;
    private final NewLessons newLessons;
    private final CourseImporter importer;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final CourseImages courseImages;
    private final ExerciseDraftPublishing exerciseDrafts;

    CoursePublishing(CourseSnapshot snapshots, LessonDraftRepository drafts, CourseDraftRepository courseDrafts,
                     NewLessons newLessons, CourseImporter importer, AuditLog audit, TransactionTemplate tx,
                     EntityManager em, CourseImages courseImages, ExerciseDraftPublishing exerciseDrafts) {
        this.snapshots = snapshots;
        this.drafts = drafts;
        this.courseDrafts = courseDrafts;
        this.newLessons = newLessons;
        this.importer = importer;
        this.audit = audit;
        this.tx = tx;
        this.em = em;
        this.courseImages = courseImages;
        this.exerciseDrafts = exerciseDrafts;
    }

    /**
     * Publishes every lesson draft of the course, its new lessons ({@link NewLessons}), its exercise
     * drafts ({@link ExerciseDraftPublishing}), its pictures and its course draft ({@link CourseDrafts}:
     * title, summary, modules and their items' order, retired items), as a new course version; a
     * course created in the studio is listed for learners from then on. A draft saved again while
     * this runs stays a draft, for the next publication.
     *
     * @throws DraftRefusedException for an unknown course, one with no draft to publish, or one whose
     *                               publication would leave a module without lessons and exercises
     * @throws org.tnracademy.core.media.MissingImagesException when a lesson refers to a picture the
     *         course does not have; nothing was published
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public PublishedCourse publish(long courseId) {
        return publish(courseId, Map.of());
    }

    /**
     * The exercise drafts of the course that change what is graded of an exercise learners have
     * attempted, each with the learners and attempts it affects and the regrade dry run of carrying
     * them over: the instructor chooses for each before {@link #publish(long, Map)}. Nothing is stored.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<GradedChange> gradedChanges(long courseId) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            CoursePack current = snapshots.of(courseId).orElseThrow(() -> new DraftRefusedException(
                    DraftRefusedException.Reason.UNKNOWN_COURSE, "No course with id " + courseId));
            return exerciseDrafts.gradedChanges(courseId, current);
        });
    }

    /**
     * As {@link #publish(long)}, with the instructor's choice for each exercise draft that changes what
     * is graded of an exercise learners have attempted ({@link #gradedChanges}): carried-over attempts
     * are regraded in the same transaction.
     *
     * @param choices by exercise slug; a graded change without one refuses the whole publication
     *                ({@link ExerciseDraftRefusedException.Why#GRADED_CHANGE_NEEDS_CHOICE})
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public PublishedCourse publish(long courseId, Map<String, GradedChangeChoice> choices) {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Map<String, GradedChangeChoice> chosen = Map.copyOf(choices);
        PublishedCourse published = tx.execute(status -> {
            CoursePack current = snapshots.of(courseId).orElseThrow(() -> new DraftRefusedException(
                    DraftRefusedException.Reason.UNKNOWN_COURSE, "No course with id " + courseId));
            Map<String, LessonDraft> bySlug = new LinkedHashMap<>();
            drafts.findByCourseIdOrderByLessonSlug(courseId).forEach(d -> bySlug.put(d.lessonSlug, d));
            MessageDigest digest = sha256();
            digest.update(current.contentHash().getBytes(StandardCharsets.UTF_8));
            List<LessonDraft> applied = new ArrayList<>();
            List<CoursePack.Module> modules = current.modules().stream().map(m -> new CoursePack.Module(m.id(),
                    m.title(), m.items().stream().map(item -> {
                        if (item instanceof CoursePack.Lesson l && bySlug.containsKey(l.id())) {
                            LessonDraft d = bySlug.get(l.id());
                            applied.add(d);
                            digest.update((l.id() + "\n" + d.revision + "\n" + d.title + "\n" + d.body + "\n"
                                    + d.contentNote).getBytes(StandardCharsets.UTF_8));
                            return (CoursePack.Item) new CoursePack.Lesson(l.id(), l.minutes(), d.title, d.body,
                                    d.contentNote);
                        }
                        return item;
                    }).toList())).toList();
            ExerciseDraftPublishing.Publication exercises = exerciseDrafts.apply(courseId, current, modules, digest,
                    chosen);
            modules = exercises.modules();
            Optional<CourseDraft> courseDraft = courseDrafts.findById(courseId);
            List<NewLessonDraft> created = newLessons.pending(courseId);
            boolean newImages = courseImages.hasUnpublished(courseId);
            if (applied.isEmpty() && courseDraft.isEmpty() && created.isEmpty() && !newImages
                    && exercises.applied().isEmpty()) {
                throw new DraftRefusedException(DraftRefusedException.Reason.NOTHING_TO_PUBLISH,
                        "Course " + current.id() + " has no draft to publish");
            }
            LocalizedText title = current.title();
            LocalizedText summary = current.summary();
            if (courseDraft.isPresent()) {
                CourseDraft d = courseDraft.get();
                digest.update(("course\n" + d.revision + "\n" + d.title + "\n" + d.summary + "\n" + d.modules)
                        .getBytes(StandardCharsets.UTF_8));
                title = d.title;
                summary = d.summary;
            }
            // new modules and lessons, item order, retired items: see CourseArrangement
            NewLessons.digest(created, digest);
            modules = CourseArrangement.arranged(modules, courseDraft.map(CourseDrafts::modules).orElse(null),
                    NewLessons.placed(created));
            CourseArrangement.requireContent(modules);
            // the pictures uploaded since, and every lesson's images checked against them
            CoursePack next = courseImages.withDraftImages(courseId, new CoursePack(current.id(),
                    current.version() + 1, current.level(), title, summary, modules,
                    HexFormat.of().formatHex(digest.digest())));
            importer.importPack(next, exercises.carriedOver().keySet());
            exerciseDrafts.carryOver(exercises, actor);
            applied.forEach(d -> drafts.deleteAtRevision(d.lessonId, d.revision));
            newLessons.published(created);
            courseDraft.ifPresent(d -> courseDrafts.deleteAtRevision(d.courseId, d.revision));
            exerciseDrafts.discardPublished(exercises);
            return new PublishedCourse(courseId, next.id(), next.version(), applied.size() + created.size(),
                    courseDraft.isPresent());
        });
        audit.record(actor, AuditAction.CONTENT_IMPORTED, AuditMessage.of("course-published",
                courseTitle(published.courseId()), published.packVersion(), published.lessonsPublished(),
                published.courseDraftPublished() ? "yes" : "no"), "published course " + published.courseSlug() + " version "
                + published.packVersion() + " with " + published.lessonsPublished()
                + (published.lessonsPublished() == 1 ? " lesson draft" : " lesson drafts")
                + (published.courseDraftPublished() ? " and the course draft" : ""), null);
        return published;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A course's title as the audit names it (its id means nothing to the people who read the log). */
    private LocalizedText courseTitle(long courseId) {
        Object title = em.createNativeQuery("select title from course where id = ?1").setParameter(1, courseId)
                .getResultList().stream().findFirst().orElse(null);
        return title == null ? new LocalizedText(java.util.Map.of(LocalizedText.FALLBACK, String.valueOf(courseId)))
                : new LocalizedTextConverter().convertToEntityAttribute(title.toString());
    }
}
