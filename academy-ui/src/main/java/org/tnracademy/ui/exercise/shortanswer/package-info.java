/** Where a learner types values into the blanks of a short-answer exercise, and the feedback on them. */
package org.tnracademy.ui.exercise.shortanswer;
