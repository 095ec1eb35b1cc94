package org.tnracademy.core.grading;

/** GRADED once a score is known; PENDING while a written analysis waits for an instructor. */
public enum AttemptStatus {
    GRADED, PENDING
}
