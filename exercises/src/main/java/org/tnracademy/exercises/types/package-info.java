/**
 * The exercise types as one contract ({@link org.tnracademy.exercises.ExerciseType}): adapters over
 * each type's spec, key, answer and grader, and the registry {@link org.tnracademy.exercises.types.ExerciseTypes}.
 */
package org.tnracademy.exercises.types;
