/**
 * Indicator matching: an analyst matches device or network log lines against a STIX 2.1 indicator
 * bundle; graded by F1 on matched lines, with decoy lines that catch over-claiming.
 */
package org.tnracademy.exercises.indicators;
