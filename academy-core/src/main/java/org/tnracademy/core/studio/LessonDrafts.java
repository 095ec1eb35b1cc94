package org.tnracademy.core.studio;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.catalog.CourseSnapshot;
import org.tnracademy.core.catalog.LessonSource;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;

/**
 * Lesson edits as drafts. A draft is invisible to learners until {@link CoursePublishing} publishes
 * it. Saves are optimistically locked: each names the revision it started from, and a save from an
 * older revision (a colleague saved, or the course was published, in between) is refused whole, so
 * no text is ever overwritten unseen.
 */
@Service
public class LessonDrafts {

    public static final int MAX_TITLE_LENGTH = 200;

    private final CourseSnapshot snapshots;
    private final LessonDraftRepository drafts;
    private final TransactionTemplate tx;
    private final EntityManager em;

    LessonDrafts(CourseSnapshot snapshots, LessonDraftRepository drafts, TransactionTemplate tx, EntityManager em) {
        this.snapshots = snapshots;
        this.drafts = drafts;
        this.tx = tx;
        this.em = em;
    }

    /** The lesson as the editor opens it: its draft if there is one, else the published text. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public LessonDraftSheet open(long lessonId) {
        LessonSource source = source(lessonId);
        return drafts.findById(lessonId)
                .map(d -> new LessonDraftSheet(lessonId, source.courseId(), source.courseTitle(),
                        source.coursePackVersion(), source.slug(), d.title, d.body, d.contentNote, d.revision,
                        d.savedBy, d.savedAt))
                .orElseGet(() -> new LessonDraftSheet(lessonId, source.courseId(), source.courseTitle(),
                        source.coursePackVersion(), source.slug(), source.title(), source.markdown(),
                        source.contentNote(), 0, null, null));
    }

    /**
     * Saves one language of a lesson as its draft.
     *
     * @param expectedRevision the revision the editor opened ({@link LessonDraftSheet#revision()})
     * @return the draft's new revision, to name on the next save
     * @throws StaleDraftException   when the draft is no longer at that revision; nothing was written
     * @throws DraftRefusedException for an unknown lesson or language, an empty title or text
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long save(long lessonId, String language, String title, String markdown, long expectedRevision) {
        return save(lessonId, language, title, markdown, null, expectedRevision);
    }

    /**
     * As {@link #save(long, String, String, String, long)}, with the lesson's content note in that
     * language: the warning learners see before a lesson about distressing material.
     *
     * @param contentNote the note in this language; blank removes it, null leaves it as it is
     * @throws DraftRefusedException also for a note over {@link NewLessons#MAX_CONTENT_NOTE_LENGTH} characters
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long save(long lessonId, String language, String title, String markdown, String contentNote,
                     long expectedRevision) {
        if (language == null || ContentLanguage.byCode(language).isEmpty()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.UNKNOWN_LANGUAGE,
                    "language: must be one of " + ContentLanguage.codes() + ", was '" + language + "'");
        }
        if (title == null || title.isBlank()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.EMPTY_TITLE, "title: required");
        }
        if (title.strip().length() > MAX_TITLE_LENGTH) {
            throw new DraftRefusedException(DraftRefusedException.Reason.TITLE_TOO_LONG,
                    "title: at most " + MAX_TITLE_LENGTH + " characters");
        }
        if (markdown == null || markdown.isBlank()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.EMPTY_TEXT, "text: the lesson text is empty");
        }
        if (contentNote != null && contentNote.strip().length() > NewLessons.MAX_CONTENT_NOTE_LENGTH) {
            throw new DraftRefusedException(DraftRefusedException.Reason.CONTENT_NOTE_TOO_LONG,
                    "contentNote." + language + ": at most " + NewLessons.MAX_CONTENT_NOTE_LENGTH + " characters");
        }
        LessonSource source = source(lessonId);
        if (source.retired()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.RETIRED_LESSON,
                    "Lesson " + source.slug() + " is no longer in its course");
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            return tx.execute(status -> {
                Optional<LessonDraft> current = drafts.findById(lessonId);
                long stored = current.map(d -> d.revision).orElse(0L);
                if (stored != expectedRevision) {
                    throw stale(lessonId, expectedRevision, current);
                }
                LocalizedText newTitle = with(current.map(d -> d.title).orElse(source.title()), language, title.strip());
                LocalizedText newBody = with(current.map(d -> d.body).orElse(source.markdown()), language, markdown);
                LocalizedText note = current.isPresent() ? current.get().contentNote : source.contentNote();
                LocalizedText newNote = contentNote == null ? note : note(note, language, contentNote.strip());
                if (current.isEmpty()) {
                    em.persist(new LessonDraft(lessonId, source.courseId(), source.slug(), newTitle, newBody, newNote,
                            now, actor));
                    em.flush();
                    return 1L;
                }
                if (drafts.update(lessonId, expectedRevision, newTitle, newBody, newNote, now, actor) == 0) {
                    throw stale(lessonId, expectedRevision, drafts.findById(lessonId));
                }
                return expectedRevision + 1;
            });
        } catch (DataIntegrityViolationException raced) {
            // a colleague's first save of this lesson landed at the same moment
            throw stale(lessonId, expectedRevision, drafts.findById(lessonId));
        }
    }

    /** How many lessons of the course have a draft waiting to be published. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public int draftCount(long courseId) {
        return drafts.findByCourseIdOrderByLessonSlug(courseId).size();
    }

    private LessonSource source(long lessonId) {
        return snapshots.lessonSource(lessonId).orElseThrow(() -> new DraftRefusedException(
                DraftRefusedException.Reason.UNKNOWN_LESSON, "No lesson with id " + lessonId));
    }

    private static StaleDraftException stale(long lessonId, long expected, Optional<LessonDraft> now) {
        return new StaleDraftException(lessonId, expected, now.map(d -> d.revision).orElse(0L),
                now.map(d -> d.savedBy).orElse(null), now.map(d -> d.savedAt).orElse(null));
    }

    /** The note with this language's text replaced (or removed when blank); null once no language is left. */
    private static LocalizedText note(LocalizedText note, String language, String value) {
        Map<String, String> texts = new LinkedHashMap<>(note == null ? Map.of() : note.byLanguage());
        if (value.isEmpty()) {
            texts.remove(language);
        } else {
            texts.put(language, value);
        }
        return texts.isEmpty() ? null : new LocalizedText(texts);
    }

    private static LocalizedText with(LocalizedText text, String language, String value) {
        Map<String, String> texts = new LinkedHashMap<>(text.byLanguage());
        texts.put(language, value);
        return new LocalizedText(texts);
    }
}
