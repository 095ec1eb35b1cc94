/** Cohorts: classes of analysts with their dates, assigned courses and members. */
package org.tnracademy.core.cohort;
