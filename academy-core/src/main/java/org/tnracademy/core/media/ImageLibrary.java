package org.tnracademy.core.media;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.core.packs.PackImages;

/**
 * The studio's picture library of a course: instructors upload pictures for its lessons (checked
 * as a pack's pictures are: name, type, size, and content by its magic number) and list them;
 * lessons show them by hash. An upload is a draft, seen by instructors and administrators only: a
 * picture reaches learners (and every other signed-in person) once publishing the course makes it
 * one of its published pictures, whatever address is typed.
 */
@Service
public class ImageLibrary {

    private final CourseImageRepository images;
    private final CourseImages courseImages;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final EntityManager em;

    ImageLibrary(CourseImageRepository images, CourseImages courseImages, AuditLog audit, TransactionTemplate tx,
                 EntityManager em) {
        this.images = images;
        this.courseImages = courseImages;
        this.audit = audit;
        this.tx = tx;
        this.em = em;
    }

    /**
     * Stores an uploaded picture under {@code lessons/images/<clean name>}; the same content under
     * the same name again stores nothing new.
     *
     * @throws ImageRefusedException naming the file and what is wrong; nothing was stored
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public CourseImageInfo upload(long courseId, String fileName, byte[] bytes) {
        Optional<PackImages.UploadProblem> problem = PackImages.uploadProblem(fileName, bytes);
        if (problem.isPresent()) {
            ImageRefusedException refused = ImageRefusedException.of(fileName, problem.get());
            RefusedUpload.Why why = switch (refused.reason()) {
                case TOO_LARGE -> RefusedUpload.Why.TOO_LARGE;
                case NOT_AN_IMAGE, SVG_NOT_UPLOADABLE -> RefusedUpload.Why.WRONG_TYPE;
                default -> RefusedUpload.Why.CONTENT_PROBLEMS;
            };
            audit.recordRefusedUpload(new RefusedUpload(RefusedUpload.Field.LESSON_PICTURE, fileName, why,
                    problem.get().detail()), null);
            throw refused;
        }
        if (!courseExists(courseId)) {
            throw new ImageRefusedException(ImageRefusedException.Reason.UNKNOWN_COURSE, fileName,
                    "No course with id " + courseId);
        }
        String path = PackImages.UPLOAD_FOLDER + PackImages.cleanName(fileName).orElseThrow();
        String sha256 = PackImages.sha256(bytes);
        String mediaType = PackImages.mediaType(path).orElseThrow();
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean stored;
        try {
            stored = Boolean.TRUE.equals(tx.execute(status -> {
                if (images.findByCourseIdAndPathAndSha256(courseId, path, sha256).isPresent()) {
                    return false;
                }
                images.saveAndFlush(new CourseImage(courseId, path, mediaType, sha256, bytes.clone(), actor, now,
                        false));
                return true;
            }));
        } catch (DataIntegrityViolationException sameMoment) {
            // a colleague uploaded the very same picture at the same moment: it is there
            stored = false;
        }
        if (stored) {
            audit.record(actor, AuditAction.CONTENT_IMPORTED,
                    AuditMessage.of("picture-uploaded", path, courseTitle(courseId), bytes.length), "uploaded picture " + path + " (" + bytes.length
                    + " bytes, sha256 " + sha256 + ") to course " + courseId, null);
        }
        return info(courseId, path, sha256);
    }

    /** The course's pictures as the studio lists them: the newest under each path, by file name. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<CourseImageInfo> list(long courseId) {
        return courseImages.newestByPath(courseId).values().stream()
                .sorted(Comparator.comparing(CourseImageInfo::path)).toList();
    }

    /** Where the studio's preview shows a lesson's pictures from: the newest under each path. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ImageLinks previewLinks(long courseId) {
        return courseImages.draftLinks(courseId);
    }

    /**
     * A picture of the course by its SHA-256, to send to a browser; empty when the course has none
     * such, or when it is a draft (not published with the course) and the reader is no instructor
     * or administrator.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ImageFile> file(long courseId, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        if (!readsDrafts() && !courseImages.shownToLearners(courseId, sha256)) {
            return Optional.empty();
        }
        return images.findFirstByCourseIdAndSha256(courseId, sha256)
                .map(i -> new ImageFile(i.mediaType, i.sha256, i.bytes));
    }

    /** Instructors preview drafts in the studio; administrators may see whatever instructors see. */
    private static boolean readsDrafts() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.INSTRUCTOR.authority()) || a.equals(Role.ADMIN.authority()));
    }

    private CourseImageInfo info(long courseId, String path, String sha256) {
        return images.infos(courseId).stream().filter(i -> i.path().equals(path) && i.sha256().equals(sha256))
                .findFirst().orElseThrow();
    }

    private boolean courseExists(long courseId) {
        Number count = (Number) em.createNativeQuery("select count(*) from course where id = ?1")
                .setParameter(1, courseId).getSingleResult();
        return count.longValue() > 0;
    }

    /** A course's title as the audit names it (its id means nothing to the people who read the log). */
    private LocalizedText courseTitle(long courseId) {
        Object title = em.createNativeQuery("select title from course where id = ?1").setParameter(1, courseId)
                .getResultList().stream().findFirst().orElse(null);
        return title == null ? new LocalizedText(java.util.Map.of(LocalizedText.FALLBACK, String.valueOf(courseId)))
                : new LocalizedTextConverter().convertToEntityAttribute(title.toString());
    }
}
