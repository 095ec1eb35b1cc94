package org.tnracademy.core.background;

/** A publication or regrade of this course is already under way on this node: nothing was started. */
public class CourseBusyException extends RuntimeException {

    private final long courseId;

    public CourseBusyException(long courseId) {
        super("A publication or regrade of course " + courseId + " is already under way");
        this.courseId = courseId;
    }

    public long courseId() {
        return courseId;
    }
}
