package org.tnracademy.exercises.shape;

/**
 * The declarative shape of one node of a spec or key tree, as {@code docs/exercise-types/*.md}
 * describes it: what the studio's forms render as fields and read back into a tree, and what each
 * type's reader accepts (a test holds the two together). Shapes are pure data, so their checks run
 * without a browser.
 */
public sealed interface Shape permits ObjectShape, ListShape, TextShape, TextListShape, LocalizedTextShape,
        IntegerShape, DecimalShape, BooleanShape, EnumShape, EnumSetShape, ReferenceShape, ReferenceSetShape,
        MapShape, JsonShape {
}
