package org.tnracademy.exercises.spans;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.DecimalShape;
import org.tnracademy.exercises.shape.IntegerShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link SpansType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class SpansShapes {

    private SpansShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                optional("minOverlap", new DecimalShape(0.0, true, 1.0, false)),
                required("categories", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("title", LocalizedTextShape.line())), 1)),
                required("posts", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ITEM_ID)),
                        required("text", TextShape.lines())), 1)));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                required("spans", ListShape.of(ObjectShape.of(
                        required("post", ReferenceShape.specIds("posts", "id")),
                        required("start", new IntegerShape(0, null)),
                        required("end", new IntegerShape(1, null)),
                        required("category", ReferenceShape.specIds("categories", "id")),
                        required("explanation", LocalizedTextShape.lines())), 1)));
    }
}
