/**
 * Written analysis: the learner writes an assessment; an instructor grades it against a rubric.
 * Nothing here grades automatically: {@link org.tnracademy.exercises.written.WrittenGrader} checks
 * the instructor's points against the rubric and turns them into a score. Until an instructor
 * grades a submission, it is pending, and that state belongs to the grading orchestration.
 */
package org.tnracademy.exercises.written;
