package org.tnracademy.core.progress;

/** No certificate for this course: it does not exist, or the learner has not completed it yet. */
public class CertificateRefusedException extends RuntimeException {

    public enum Reason { UNKNOWN_COURSE, NOT_COMPLETE }

    private final Reason reason;
    private final long courseId;
    private final int stepsLeft;

    CertificateRefusedException(Reason reason, long courseId, int stepsLeft) {
        super(switch (reason) {
            case UNKNOWN_COURSE -> "No certificate: there is no course " + courseId;
            case NOT_COMPLETE -> "No certificate: course " + courseId + " is not complete, " + stepsLeft
                    + " step(s) left (every lesson read, every exercise graded)";
        });
        this.reason = reason;
        this.courseId = courseId;
        this.stepsLeft = stepsLeft;
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
}
