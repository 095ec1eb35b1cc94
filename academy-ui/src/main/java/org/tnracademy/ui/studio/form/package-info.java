/**
 * Structured forms for the spec and the key of every exercise type. {@link
 * org.tnracademy.ui.studio.form.ExerciseShapes} declares each type's trees as pure {@link
 * org.tnracademy.ui.studio.form.Shape} records, exactly as {@code docs/exercise-types/*.md} describes
 * them; {@link org.tnracademy.ui.studio.form.ShapeForm} renders any such shape as fields and reads
 * them back into a tree:
 *
 * <pre>{@code
 * ShapeForm spec = new ShapeForm(ExerciseShapes.spec(typeId));
 * spec.setTree(specTree);
 * ShapeForm key = new ShapeForm(ExerciseShapes.key(typeId));
 * key.setSpecTree(specTree);                 // what the key's references offer
 * key.setTree(keyTree);
 * spec.addValueChangeListener(() -> key.setSpecTree(spec.tree()));
 * ...
 * List<String> early = key.inputProblems(); // before asking the type
 * key.showProblems(byPath);                 // the type's problems, on their fields
 * }</pre>
 */
package org.tnracademy.ui.studio.form;
