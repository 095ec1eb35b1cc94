package org.tnracademy.exercises.written;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.IntegerShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.MapShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link WrittenType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class WrittenShapes {

    private WrittenShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                optional("maxLength", new IntegerShape(1, 50000)),
                required("criteria", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("title", LocalizedTextShape.line()),
                        required("description", LocalizedTextShape.lines()),
                        required("maxPoints", new IntegerShape(1, 100)),
                        required("levels", ListShape.of(ObjectShape.of(
                                required("points", new IntegerShape(0, 100)),
                                required("descriptor", LocalizedTextShape.lines())), 1))), 1)));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                optional("modelAnswer", LocalizedTextShape.lines()),
                optional("guidance", new MapShape("criterion", ReferenceShape.specIds("criteria", "id"),
                        "text", LocalizedTextShape.lines())));
    }
}
