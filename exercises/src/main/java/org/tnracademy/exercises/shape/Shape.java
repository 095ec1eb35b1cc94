package org.tnracademy.ui.studio.form;

/**
 * The declarative shape of one node of a spec or key tree, as {@code docs/exercise-types/*.md}
 * describes it: what {@link ShapeForm} renders as fields and reads back into a tree. Shapes are pure
 * data, so the checks of {@link ShapeChecker} run without a browser.
 */
public sealed interface Shape permits ObjectShape, ListShape, TextShape, TextListShape, LocalizedTextShape,
        IntegerShape, DecimalShape, BooleanShape, EnumShape, EnumSetShape, ReferenceShape, ReferenceSetShape,
        MapShape, JsonShape {
}
