package org.tnracademy.exercises.shortanswer;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.IntegerShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.TextListShape;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link ShortAnswerType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class ShortAnswerShapes {

    private ShortAnswerShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                required("blanks", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("prompt", LocalizedTextShape.lines()),
                        optional("maxLength", new IntegerShape(1, 2000))), 1)));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                required("blanks", ListShape.of(ObjectShape.of(
                        required("id", ReferenceShape.specIds("blanks", "id")),
                        optional("accepted", new TextListShape(TextRule.ANY, 0)),
                        optional("patterns", new TextListShape(TextRule.REGEX, 0)),
                        required("explanation", LocalizedTextShape.lines())), 1)));
    }
}
