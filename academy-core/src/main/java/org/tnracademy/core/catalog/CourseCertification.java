package org.tnracademy.core.catalog;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;

/**
 * The pass mark of a course's certificate: the score in percent (mean standing over the course's
 * exercises) a learner needs before a certificate is issued. A certification rule rather than
 * course content, so a change applies at once to certificates issued from then on; certificates
 * already issued keep the pass mark they were issued under. Packs carry it as {@code pass_mark}.
 */
@Service
@Transactional(readOnly = true)
public class CourseCertification {

    private final CourseRepository courses;
    private final AuditLog audit;

    CourseCertification(CourseRepository courses, AuditLog audit) {
        this.courses = courses;
        this.audit = audit;
    }

    /** The pass mark in percent of a course, published or not. */
    @PreAuthorize("isAuthenticated()")
    public int passMark(long courseId) {
        return course(courseId).passMark;
    }

    /** Every course's pass mark in percent, by course id: one query for a learner's whole progress page. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> passMarks() {
        Map<Long, Integer> marks = new HashMap<>();
        for (Course c : courses.findAll()) {
            marks.put(c.id, c.passMark);
        }
        return marks;
    }

    /**
     * Sets a course's pass mark.
     *
     * @throws PassMarkRefusedException for an unknown course or a value outside 0 to 100
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void setPassMark(long courseId, int percent) {
        if (percent < 0 || percent > 100) {
            throw new PassMarkRefusedException(PassMarkRefusedException.Reason.OUT_OF_RANGE, courseId, percent);
        }
        Course course = course(courseId);
        int before = course.passMark;
        if (before == percent) {
            return;
        }
        course.passMark = percent;
        audit.record(SecurityContextHolder.getContext().getAuthentication().getName(),
                AuditAction.COURSE_PASS_MARK_CHANGED, AuditMessage.of("pass-mark-changed", course.title, before, percent),
                "course " + course.slug + ": pass mark " + before + " % -> " + percent + " %", null);
    }

    private Course course(long courseId) {
        return courses.findById(courseId).orElseThrow(
                () -> new PassMarkRefusedException(PassMarkRefusedException.Reason.UNKNOWN_COURSE, courseId, 0));
    }
}
