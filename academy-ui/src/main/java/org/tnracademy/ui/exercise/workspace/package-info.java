/**
 * The contract between the exercise page and the per-type workspaces: each type has a workspace
 * that builds its answer tree and a feedback component that shows its result.
 */
package org.tnracademy.ui.exercise.workspace;
