/** The cohort managers' gradebook. */
package org.tnracademy.core.gradebook;
