package org.tnracademy.core.certificate;

/**
 * No certificate for this course: it does not exist, the learner has not completed it, their score
 * is below the pass mark, or their certificate was revoked.
 */
public class CertificateRefusedException extends RuntimeException {

    public enum Reason { UNKNOWN_COURSE, NOT_COMPLETE, BELOW_PASS_MARK, REVOKED }

    private final Reason reason;
    private final long courseId;
    private final int stepsLeft;
    private final int scorePercent;
    private final int passMark;

    private CertificateRefusedException(Reason reason, long courseId, int stepsLeft, int scorePercent, int passMark,
                                        String message) {
        super(message);
        this.reason = reason;
        this.courseId = courseId;
        this.stepsLeft = stepsLeft;
        this.scorePercent = scorePercent;
        this.passMark = passMark;
    }

    static CertificateRefusedException unknownCourse(long courseId) {
        return new CertificateRefusedException(Reason.UNKNOWN_COURSE, courseId, 0, 0, 0,
                "No certificate: there is no course " + courseId);
    }

    static CertificateRefusedException notComplete(long courseId, int stepsLeft) {
        return new CertificateRefusedException(Reason.NOT_COMPLETE, courseId, stepsLeft, 0, 0,
                "No certificate: course " + courseId + " is not complete, steps left: " + stepsLeft
                        + " (every lesson read, every exercise graded)");
    }

    static CertificateRefusedException belowPassMark(long courseId, int scorePercent, int passMark) {
        return new CertificateRefusedException(Reason.BELOW_PASS_MARK, courseId, 0, scorePercent, passMark,
                "No certificate: course " + courseId + " scored " + scorePercent + " %, below its pass mark of "
                        + passMark + " %");
    }

    static CertificateRefusedException revoked(long courseId) {
        return new CertificateRefusedException(Reason.REVOKED, courseId, 0, 0, 0,
                "No certificate: the certificate for course " + courseId + " was revoked");
    }

    public Reason reason() {
        return reason;
    }

    public long courseId() {
        return courseId;
    }

    /** Lessons still to read plus exercises still without a graded standing. */
    public int stepsLeft() {
        return stepsLeft;
    }

    /** The learner's course score in percent, for {@link Reason#BELOW_PASS_MARK}. */
    public int scorePercent() {
        return scorePercent;
    }

    /** The course's pass mark in percent, for {@link Reason#BELOW_PASS_MARK}. */
    public int passMark() {
        return passMark;
    }
}
