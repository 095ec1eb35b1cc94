/** Printable transcripts of a learner's results in a cohort. */
package org.tnracademy.core.transcript;
