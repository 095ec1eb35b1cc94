/**
 * Per-learner variants of an exercise: a seeded, stratified sample and order of the items of the
 * exercise's pool (its dataset's posts, its questions), with the key restricted to them, so the
 * learners of one cohort cannot share answers. A type takes part through its {@link
 * org.tnracademy.exercises.variant.ItemPool} ({@code ExerciseType.itemPool()}); {@link
 * org.tnracademy.exercises.variant.VariantDraw} draws a variant, the same one in every JVM.
 */
package org.tnracademy.exercises.variant;
