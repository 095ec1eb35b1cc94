/**
 * Small pieces the per-type workspaces and feedback components share: the score line, the mark
 * of a right or wrong item, and the note that says why an expected answer is not shown yet.
 */
package org.tnracademy.ui.exercise.parts;
