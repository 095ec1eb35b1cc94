/**
 * How far two raters agree when each gives every item one label: Cohen's kappa overall and per
 * label, used to calibrate an answer key against a second instructor's independent labelling.
 */
package org.tnracademy.exercises.agreement;
