/** Grading orchestration: submissions, attempts and their grades. */
package org.tnracademy.core.grading;
