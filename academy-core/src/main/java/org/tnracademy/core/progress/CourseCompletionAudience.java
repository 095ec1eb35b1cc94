package org.tnracademy.core.progress;

/**
 * Someone who wants to hear of {@link CourseCompleted} (the xAPI statements, while they are on).
 * Working out whether a course is complete reads the learner's whole course after every lesson read
 * and every graded submission, so it is only done while someone listens.
 */
public interface CourseCompletionAudience {

    /** Whether completions should be worked out and published now. */
    boolean listening();
}
