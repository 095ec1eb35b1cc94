/** Where a learner writes an analysis against a rubric, and the instructor's grade of it, or its pending state. */
package org.tnracademy.ui.exercise.written;
