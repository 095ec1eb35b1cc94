package org.tnracademy.exercises.tagging;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.DecimalShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link TaggingType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class TaggingShapes {

    private TaggingShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                optional("sameTacticCredit", new DecimalShape(0.0, false, 1.0, true)),
                required("catalogue", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.TECHNIQUE_ID)),
                        required("tactic", TextShape.of(TextRule.TACTIC_ID)),
                        required("name", LocalizedTextShape.line())), 2)));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                required("techniques", ListShape.of(ObjectShape.of(
                        required("id", ReferenceShape.specIds("catalogue", "id")),
                        required("explanation", LocalizedTextShape.lines())), 1)));
    }
}
