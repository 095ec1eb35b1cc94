/**
 * Timeline ordering: an analyst puts the events of a harassment case, seen across platforms and
 * time zones, in the order they happened; graded by the normalised Kendall tau distance.
 */
package org.tnracademy.exercises.timeline;
