package org.tnracademy.core.studio;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.core.catalog.CourseSnapshot;
import org.tnracademy.core.catalog.UnpublishedCourses;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.exercises.curriculum.CourseLevel;

/**
 * New courses and what the structure editor lists. A course created here exists in the catalogue
 * unpublished (see {@link UnpublishedCourses}): learners and cohorts do not see it, while
 * instructors give it modules and lessons as drafts, until its first publication
 * ({@link CoursePublishing#publish}) makes version 1 and lists it.
 */
@Service
public class CourseStructure {

    /** Whether an id is a valid course, module or lesson id in a pack, for forms to check as one types. */
    public static boolean isValidId(String id) {
        return id != null && CourseArrangement.ID.matcher(id).matches();
    }

    private final UnpublishedCourses unpublished;
    private final CourseSnapshot snapshots;
    private final NewLessons newLessons;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final EntityManager em;

    CourseStructure(UnpublishedCourses unpublished, CourseSnapshot snapshots, NewLessons newLessons, AuditLog audit,
                    TransactionTemplate tx, EntityManager em) {
        this.unpublished = unpublished;
        this.snapshots = snapshots;
        this.newLessons = newLessons;
        this.audit = audit;
        this.tx = tx;
        this.em = em;
    }

    /**
     * Creates an unpublished course with its first module, held in the course's draft.
     *
     * @return the new course's id, for the course editor
     * @throws DraftRefusedException naming the field: an invalid or taken course id, an unknown
     *                               level, an empty English title or summary, an invalid first module
     *                               id or an empty module title
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long create(NewCourse course) {
        if (course == null || course.slug() == null || !CourseArrangement.ID.matcher(course.slug()).matches()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.INVALID_ID,
                    "id: must be " + CourseArrangement.ID_RULE + ", was '" + (course == null ? null : course.slug()) + "'");
        }
        if (course.level() == null || CourseLevel.byId(course.level()).isEmpty()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.INVALID_LEVEL,
                    "level: must be one of " + CourseLevel.ids() + ", was '" + course.level() + "'");
        }
        var title = CourseDrafts.checked("title", course.title(), true, LessonDrafts.MAX_TITLE_LENGTH,
                DraftRefusedException.Reason.EMPTY_TITLE, DraftRefusedException.Reason.TITLE_TOO_LONG);
        var summary = CourseDrafts.checked("summary", course.summary(), true, CourseDrafts.MAX_SUMMARY_LENGTH,
                DraftRefusedException.Reason.EMPTY_TEXT, DraftRefusedException.Reason.SUMMARY_TOO_LONG);
        if (course.firstModuleId() == null || !CourseArrangement.ID.matcher(course.firstModuleId()).matches()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.INVALID_ID,
                    "module.id: must be " + CourseArrangement.ID_RULE + ", was '" + course.firstModuleId() + "'");
        }
        var moduleTitle = CourseDrafts.checked("module.title", course.firstModuleTitle(), true,
                LessonDrafts.MAX_TITLE_LENGTH, DraftRefusedException.Reason.EMPTY_MODULE_TITLE,
                DraftRefusedException.Reason.TITLE_TOO_LONG);
        if (unpublished.exists(course.slug())) {
            throw exists(course.slug());
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long courseId;
        try {
            courseId = tx.execute(status -> {
                long id = unpublished.create(course.slug(), course.level(), title, summary);
                em.persist(new CourseDraft(id, title, summary, CourseDrafts.modulesJson(List.of(
                        new ModuleTitle(course.firstModuleId(), moduleTitle, List.of(), List.of()))), now, actor));
                em.flush();
                return id;
            });
        } catch (IllegalStateException taken) {
            // a colleague created a course with this id at the same moment
            throw exists(course.slug());
        }
        audit.record(actor, AuditAction.COURSE_CREATED, AuditMessage.of("course-created", title), "created course " + course.slug()
                + " (unpublished until its first publication)", null);
        return courseId;
    }

    /** The courses created here and never published, which the catalogue does not list yet. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<CourseCard> unpublished() {
        return unpublished.list();
    }

    /** Whether learners can see the course: false from its creation here until its first publication. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public boolean isPublished(long courseId) {
        return unpublished.isPublished(courseId);
    }

    /** Every lesson and exercise of the course, published or new, for the structure editor to name them. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<StructureItem> items(long courseId) {
        CoursePack pack = snapshots.of(courseId).orElseThrow(() -> new DraftRefusedException(
                DraftRefusedException.Reason.UNKNOWN_COURSE, "No course with id " + courseId));
        List<StructureItem> items = new ArrayList<>();
        for (CoursePack.Module m : pack.modules()) {
            for (CoursePack.Item item : m.items()) {
                items.add(switch (item) {
                    case CoursePack.Lesson l -> new StructureItem(l.id(), StructureItem.Kind.LESSON, l.title(), null);
                    case CoursePack.Exercise e -> new StructureItem(e.id(), StructureItem.Kind.EXERCISE, e.title(),
                            null);
                });
            }
        }
        newLessons.ofCourse(courseId).forEach(l -> items.add(new StructureItem(l.slug(), StructureItem.Kind.LESSON,
                l.text().title(), l.id())));
        return items;
    }

    private static DraftRefusedException exists(String slug) {
        return new DraftRefusedException(DraftRefusedException.Reason.COURSE_EXISTS,
                "id: a course with id '" + slug + "' exists already");
    }
}
