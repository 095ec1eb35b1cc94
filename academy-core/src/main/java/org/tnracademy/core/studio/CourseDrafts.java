package org.tnracademy.core.studio;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.catalog.CourseSnapshot;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import tools.jackson.core.type.TypeReference;

/**
 * Course edits as drafts: the course's title and summary per language, its modules' titles and
 * their order, modules added or removed, and the order of each module's lessons and exercises
 * (see {@link CourseArrangement}). Saves are optimistically locked as lesson drafts are ({@link LessonDrafts}); the draft
 * is published with the lesson drafts by {@link CoursePublishing#publish}, as one new course version.
 */
@Service
public class CourseDrafts {

    public static final int MAX_SUMMARY_LENGTH = 2000;

    private static final TypeReference<List<Map<String, Object>>> MODULES = new TypeReference<>() {
    };

    private final CourseSnapshot snapshots;
    private final CourseDraftRepository drafts;
    private final NewLessons newLessons;
    private final TransactionTemplate tx;
    private final EntityManager em;

    CourseDrafts(CourseSnapshot snapshots, CourseDraftRepository drafts, NewLessons newLessons, TransactionTemplate tx,
                 EntityManager em) {
        this.snapshots = snapshots;
        this.drafts = drafts;
        this.newLessons = newLessons;
        this.tx = tx;
        this.em = em;
    }

    /**
     * The course as the editor opens it: its draft if there is one, else the published course. Each
     * module lists its items in the order publishing would give them, new lessons included.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public CourseDraftSheet open(long courseId) {
        CoursePack pack = course(courseId);
        List<CourseArrangement.PlacedLesson> created = newLessons.placed(courseId);
        return drafts.findById(courseId)
                .map(d -> new CourseDraftSheet(courseId, pack.id(), pack.version(), d.title, d.summary,
                        CourseArrangement.effective(pack.modules(), modules(d), created), d.revision, d.savedBy,
                        d.savedAt))
                .orElseGet(() -> new CourseDraftSheet(courseId, pack.id(), pack.version(), pack.title(),
                        pack.summary(), CourseArrangement.effective(pack.modules(), null, created), 0, null, null));
    }

    /**
     * Saves the course's title, summary and modules (titles, in the new order, with their items'
     * order and retired items) as its draft. Blank French texts are left out, so learners reading
     * French see the English one.
     *
     * @param modules          the course's modules once each, in the order learners should see them: new
     *                         ones may be added (valid, unused ids), and one may be left out only when no
     *                         lesson or exercise is left in it
     * @param expectedRevision the revision the editor opened ({@link CourseDraftSheet#revision()})
     * @return the draft's new revision
     * @throws StaleDraftException   when the draft is no longer at that revision; nothing was written
     * @throws DraftRefusedException for an unknown course, an empty English title, a module title
     *                               missing, a module id invalid or used twice, a non-empty module left
     *                               out, or an item unknown or named twice
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long save(long courseId, LocalizedText title, LocalizedText summary, List<ModuleTitle> modules,
                     long expectedRevision) {
        CoursePack pack = course(courseId);
        LocalizedText cleanTitle = checked("title", title, true, LessonDrafts.MAX_TITLE_LENGTH,
                DraftRefusedException.Reason.EMPTY_TITLE, DraftRefusedException.Reason.TITLE_TOO_LONG);
        LocalizedText cleanSummary = checked("summary", summary, false, MAX_SUMMARY_LENGTH,
                DraftRefusedException.Reason.EMPTY_TITLE, DraftRefusedException.Reason.SUMMARY_TOO_LONG);
        List<ModuleTitle> cleanModules = checkedModules(pack, modules, newLessons.placed(courseId));
        String modulesJson = modulesJson(cleanModules);
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            return tx.execute(status -> {
                Optional<CourseDraft> current = drafts.findById(courseId);
                long stored = current.map(d -> d.revision).orElse(0L);
                if (stored != expectedRevision) {
                    throw stale(courseId, expectedRevision, current);
                }
                if (current.isEmpty()) {
                    em.persist(new CourseDraft(courseId, cleanTitle, cleanSummary, modulesJson, now, actor));
                    em.flush();
                    return 1L;
                }
                if (drafts.update(courseId, expectedRevision, cleanTitle, cleanSummary, modulesJson, now,
                        actor) == 0) {
                    throw stale(courseId, expectedRevision, drafts.findById(courseId));
                }
                return expectedRevision + 1;
            });
        } catch (DataIntegrityViolationException raced) {
            // a colleague's first save of this course landed at the same moment
            throw stale(courseId, expectedRevision, drafts.findById(courseId));
        }
    }

    /** The modules of a stored draft, for publishing and reopening. */
    @SuppressWarnings("unchecked")
    static List<ModuleTitle> modules(CourseDraft draft) {
        List<ModuleTitle> modules = new ArrayList<>();
        for (Map<String, Object> m : Json.read(draft.modules, MODULES)) {
            Map<String, String> title = (Map<String, String>) m.get("title");
            modules.add(new ModuleTitle((String) m.get("id"), new LocalizedText(title), (List<String>) m.get("items"),
                    (List<String>) m.get("retired")));
        }
        return modules;
    }

    /** JSON {@code [{id, title: {en, fr}, items?: [..], retired?: [..]}]}; drafts saved before items had neither. */
    static String modulesJson(List<ModuleTitle> modules) {
        return Json.write(modules.stream().map(m -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", m.id());
            json.put("title", m.title().byLanguage());
            if (m.items() != null) {
                json.put("items", m.items());
            }
            if (!m.retired().isEmpty()) {
                json.put("retired", m.retired());
            }
            return json;
        }).toList());
    }

    private CoursePack course(long courseId) {
        return snapshots.of(courseId).orElseThrow(() -> new DraftRefusedException(
                DraftRefusedException.Reason.UNKNOWN_COURSE, "No course with id " + courseId));
    }

    private static List<ModuleTitle> checkedModules(CoursePack pack, List<ModuleTitle> modules,
                                                    List<CourseArrangement.PlacedLesson> newLessons) {
        List<ModuleTitle> given = modules == null ? List.of() : modules;
        CourseArrangement.check(pack.modules(), given, newLessons);
        List<ModuleTitle> clean = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ModuleTitle m = given.get(i);
            clean.add(new ModuleTitle(m.id(), checked("modules[" + i + "] (" + m.id() + ").title", m.title(), true,
                    LessonDrafts.MAX_TITLE_LENGTH, DraftRefusedException.Reason.EMPTY_MODULE_TITLE,
                    DraftRefusedException.Reason.TITLE_TOO_LONG), m.items(), m.retired()));
        }
        return clean;
    }

    /** Known languages only, blank ones dropped, English required when {@code englishRequired}. */
    static LocalizedText checked(String field, LocalizedText text, boolean englishRequired, int maxLength,
                                         DraftRefusedException.Reason whenEmpty,
                                         DraftRefusedException.Reason whenTooLong) {
        Map<String, String> clean = new LinkedHashMap<>();
        Set<String> languages = new HashSet<>(ContentLanguage.codes());
        Map<String, String> given = text == null ? Map.of() : text.byLanguage();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!languages.contains(e.getKey())) {
                throw new DraftRefusedException(DraftRefusedException.Reason.UNKNOWN_LANGUAGE,
                        field + ": language must be one of " + ContentLanguage.codes() + ", was '" + e.getKey() + "'");
            }
            if (e.getValue() != null && !e.getValue().isBlank()) {
                String value = e.getValue().strip();
                if (value.length() > maxLength) {
                    throw new DraftRefusedException(whenTooLong, field + "." + e.getKey() + ": at most " + maxLength + " characters");
                }
                clean.put(e.getKey(), value);
            }
        }
        if (englishRequired && !clean.containsKey("en")) {
            throw new DraftRefusedException(whenEmpty, field + ".en: required");
        }
        return new LocalizedText(clean);
    }

    private static StaleDraftException stale(long courseId, long expected, Optional<CourseDraft> now) {
        return new StaleDraftException("Course " + courseId, expected, now.map(d -> d.revision).orElse(0L),
                now.map(d -> d.savedBy).orElse(null), now.map(d -> d.savedAt).orElse(null));
    }
}
