package org.tnracademy.exercises.estimate;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.DecimalShape;
import org.tnracademy.exercises.shape.EnumShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link EstimateType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class EstimateShapes {

    private EstimateShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                required("questions", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("kind", EnumShape.of("location", "number")),
                        required("prompt", LocalizedTextShape.lines()),
                        required("tolerance", new DecimalShape(0.0, false, null, false)),
                        required("zeroCredit", new DecimalShape(0.0, true, null, false)),
                        optional("decay", EnumShape.of("linear", "exponential")),
                        optional("unit", TextShape.line()),
                        optional("error", EnumShape.of("absolute", "relative")),
                        // the photo a question shows; the draft check says when its file is not a picture of the course
                        optional("picture", ObjectShape.of(
                                required("file", TextShape.line()),
                                required("alt", LocalizedTextShape.lines()),
                                optional("caption", LocalizedTextShape.line())))), 1)),
                // the offline map location answers are placed on: a picture of the course and its bounds
                optional("map", ObjectShape.of(
                        required("basemap", TextShape.line()),
                        required("alt", LocalizedTextShape.lines()),
                        required("south", DecimalShape.within(-85, 85)),
                        required("west", DecimalShape.within(-180, 180)),
                        required("north", DecimalShape.within(-85, 85)),
                        required("east", DecimalShape.within(-180, 180)))));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                required("answers", ListShape.of(ObjectShape.of(
                        required("question", ReferenceShape.specIds("questions", "id")),
                        optional("latitude", DecimalShape.within(-90, 90)),
                        optional("longitude", DecimalShape.within(-180, 180)),
                        optional("value", DecimalShape.any()),
                        required("explanation", LocalizedTextShape.lines())), 1)));
    }
}
