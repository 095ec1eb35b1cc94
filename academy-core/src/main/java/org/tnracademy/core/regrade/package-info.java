/**
 * Regrades after an answer-key change: a dry run shows every learner's old and new score, then on
 * confirmation the new key version is stored, grades are replaced with the old ones kept in
 * history, standings follow, and one audit entry records it.
 */
package org.tnracademy.core.regrade;
