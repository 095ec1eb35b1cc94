/** Instructors' queue of written analyses waiting for a grade, and the grading of one on its rubric. */
package org.tnracademy.core.review;
