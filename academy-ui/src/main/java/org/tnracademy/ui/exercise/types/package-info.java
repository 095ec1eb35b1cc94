/**
 * The exercise types as the UI knows them: {@link org.tnracademy.ui.exercise.types.ExerciseTypeUi}
 * (workspace, feedback, studio extras) per type, registered in {@link
 * org.tnracademy.ui.exercise.types.ExerciseTypeUis}.
 */
package org.tnracademy.ui.exercise.types;
