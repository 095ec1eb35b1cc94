/** Where a learner answers single- and multiple-choice questions, and the feedback on them. */
package org.tnracademy.ui.exercise.choice;
