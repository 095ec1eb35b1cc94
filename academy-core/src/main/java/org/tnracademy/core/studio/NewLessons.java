package org.tnracademy.core.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.catalog.CourseSnapshot;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.exercises.LocalizedText;

/**
 * Lessons created in the studio. Until the course is published a new lesson is a draft keyed by
 * course and lesson id (it has no lesson row); publishing the course ({@link CoursePublishing#publish})
 * appends it to its module, or puts it where the course draft's item order says. Saves are
 * optimistically locked as lesson drafts' are.
 */
@Service
public class NewLessons {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 600;
    public static final int MAX_MARKDOWN_LENGTH = 100_000;
    public static final int MAX_CONTENT_NOTE_LENGTH = 500;

    private final CourseSnapshot snapshots;
    private final NewLessonDraftRepository drafts;
    private final CourseDraftRepository courseDrafts;
    private final TransactionTemplate tx;
    private final EntityManager em;

    NewLessons(CourseSnapshot snapshots, NewLessonDraftRepository drafts, CourseDraftRepository courseDrafts,
               TransactionTemplate tx, EntityManager em) {
        this.snapshots = snapshots;
        this.drafts = drafts;
        this.courseDrafts = courseDrafts;
        this.tx = tx;
        this.em = em;
    }

    /**
     * Creates a lesson in a module of the course, as a draft learners do not see.
     *
     * @param moduleId a module of the course, published or saved in its course draft
     * @param slug     the lesson's id in the pack: unused by any lesson or exercise of the course
     * @throws DraftRefusedException for an unknown course or module, an invalid or taken id, or text
     *                               that a lesson cannot have (each naming the field)
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public NewLessonSheet create(long courseId, String moduleId, String slug, NewLessonText text) {
        CoursePack pack = course(courseId);
        if (slug == null || !CourseArrangement.ID.matcher(slug).matches()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.INVALID_ID,
                    "id: must be " + CourseArrangement.ID_RULE + ", was '" + slug + "'");
        }
        NewLessonText clean = checked(text);
        Set<String> modules = pack.modules().stream().map(CoursePack.Module::id)
                .collect(Collectors.toCollection(HashSet::new));
        courseDrafts.findById(courseId).ifPresent(d -> CourseDrafts.modules(d).forEach(m -> modules.add(m.id())));
        if (moduleId == null || !modules.contains(moduleId)) {
            throw new DraftRefusedException(DraftRefusedException.Reason.UNKNOWN_MODULE,
                    "module: the course has no module '" + moduleId + "' (save a new module with the course first)");
        }
        boolean taken = pack.modules().stream().flatMap(m -> m.items().stream()).anyMatch(i -> i.id().equals(slug))
                || drafts.findByCourseIdOrderById(courseId).stream().anyMatch(d -> d.lessonSlug.equals(slug));
        if (taken) {
            throw taken(slug);
        }
        String actor = actor();
        Instant now = now();
        try {
            NewLessonDraft draft = tx.execute(status -> {
                NewLessonDraft d = new NewLessonDraft(courseId, moduleId, slug, clean, now, actor);
                em.persist(d);
                em.flush();
                return d;
            });
            return sheet(draft);
        } catch (DataIntegrityViolationException raced) {
            // a colleague created a lesson with this id at the same moment
            throw taken(slug);
        }
    }

    /** A new lesson as its editor opens it. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public NewLessonSheet open(long draftId) {
        return sheet(draft(draftId));
    }

    /** The course's new lessons, in the order they were created. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<NewLessonSheet> ofCourse(long courseId) {
        return drafts.findByCourseIdOrderById(courseId).stream().map(NewLessons::sheet).toList();
    }

    /**
     * Saves a new lesson's text (both languages, minutes, content note).
     *
     * @return the draft's new revision
     * @throws StaleDraftException   when the draft is no longer at that revision (saved by a colleague,
     *                               published or discarded meanwhile); nothing was written
     * @throws DraftRefusedException for an unknown draft or text a lesson cannot have
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long save(long draftId, NewLessonText text, long expectedRevision) {
        NewLessonText clean = checked(text);
        String actor = actor();
        Instant now = now();
        return tx.execute(status -> {
            if (drafts.update(draftId, expectedRevision, clean.minutes(), clean.title(), clean.markdown(),
                    clean.contentNote(), now, actor) == 0) {
                throw stale(draftId, expectedRevision);
            }
            return expectedRevision + 1;
        });
    }

    /**
     * Drops a new lesson that was never published.
     *
     * @throws StaleDraftException when it was saved by a colleague, published or discarded meanwhile
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void discard(long draftId, long expectedRevision) {
        tx.executeWithoutResult(status -> {
            if (drafts.deleteAtRevision(draftId, expectedRevision) == 0) {
                throw stale(draftId, expectedRevision);
            }
        });
    }

    /** The course's new lessons as the arrangement places them. */
    List<CourseArrangement.PlacedLesson> placed(long courseId) {
        return placed(drafts.findByCourseIdOrderById(courseId));
    }

    static List<CourseArrangement.PlacedLesson> placed(List<NewLessonDraft> created) {
        return created.stream().map(d -> new CourseArrangement.PlacedLesson(d.moduleSlug,
                new CoursePack.Lesson(d.lessonSlug, d.minutes, d.title, d.body,
                        d.contentNote.byLanguage().isEmpty() ? null : d.contentNote))).toList();
    }

    /** The new lessons a publication of the course takes in. */
    List<NewLessonDraft> pending(long courseId) {
        return drafts.findByCourseIdOrderById(courseId);
    }

    /** Makes the publication's content hash depend on each new lesson's text and revision. */
    static void digest(List<NewLessonDraft> created, MessageDigest digest) {
        created.forEach(d -> digest.update(("new lesson\n" + d.lessonSlug + "\n" + d.moduleSlug + "\n" + d.revision
                + "\n" + d.minutes + "\n" + d.title + "\n" + d.body + "\n" + d.contentNote)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** After publication: the lessons exist now; a draft saved again meanwhile stays for the next one. */
    void published(List<NewLessonDraft> created) {
        created.forEach(d -> drafts.deleteAtRevision(d.id, d.revision));
    }

    private static NewLessonText checked(NewLessonText text) {
        if (text == null) {
            throw new DraftRefusedException(DraftRefusedException.Reason.EMPTY_TITLE, "title.en: required");
        }
        if (text.minutes() < MIN_MINUTES || text.minutes() > MAX_MINUTES) {
            throw new DraftRefusedException(DraftRefusedException.Reason.INVALID_MINUTES,
                    "minutes: must be from " + MIN_MINUTES + " to " + MAX_MINUTES + ", was " + text.minutes());
        }
        LocalizedText title = CourseDrafts.checked("title", text.title(), true, LessonDrafts.MAX_TITLE_LENGTH,
                DraftRefusedException.Reason.EMPTY_TITLE, DraftRefusedException.Reason.TITLE_TOO_LONG);
        LocalizedText markdown = CourseDrafts.checked("text", text.markdown(), true, MAX_MARKDOWN_LENGTH,
                DraftRefusedException.Reason.EMPTY_TEXT, DraftRefusedException.Reason.TEXT_TOO_LONG);
        LocalizedText note = CourseDrafts.checked("contentNote", text.contentNote(), false, MAX_CONTENT_NOTE_LENGTH,
                DraftRefusedException.Reason.EMPTY_TEXT, DraftRefusedException.Reason.CONTENT_NOTE_TOO_LONG);
        // Markdown keeps its own whitespace: only the blank languages are dropped
        Map<String, String> bodies = new LinkedHashMap<>();
        markdown.byLanguage().keySet().forEach(lang -> bodies.put(lang, text.markdown().byLanguage().get(lang)));
        // a lesson titled in a language has its text in that language too
        for (String lang : title.byLanguage().keySet()) {
            if (!markdown.byLanguage().containsKey(lang)) {
                throw new DraftRefusedException(DraftRefusedException.Reason.EMPTY_TEXT,
                        "text." + lang + ": required when a title in that language is given");
            }
        }
        return new NewLessonText(text.minutes(), title, new LocalizedText(bodies), note);
    }

    private CoursePack course(long courseId) {
        return snapshots.of(courseId).orElseThrow(() -> new DraftRefusedException(
                DraftRefusedException.Reason.UNKNOWN_COURSE, "No course with id " + courseId));
    }

    private NewLessonDraft draft(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new DraftRefusedException(
                DraftRefusedException.Reason.UNKNOWN_NEW_LESSON, "No new lesson with id " + draftId));
    }

    private static NewLessonSheet sheet(NewLessonDraft d) {
        return new NewLessonSheet(d.id, d.courseId, d.moduleSlug, d.lessonSlug,
                new NewLessonText(d.minutes, d.title, d.body, d.contentNote), d.revision, d.savedBy, d.savedAt);
    }

    private StaleDraftException stale(long draftId, long expected) {
        Optional<NewLessonDraft> now = drafts.findById(draftId);
        return new StaleDraftException("New lesson " + draftId, expected, now.map(d -> d.revision).orElse(0L),
                now.map(d -> d.savedBy).orElse(null), now.map(d -> d.savedAt).orElse(null));
    }

    private static DraftRefusedException taken(String slug) {
        return new DraftRefusedException(DraftRefusedException.Reason.ID_TAKEN,
                "id: '" + slug + "' is already a lesson or exercise of this course");
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
