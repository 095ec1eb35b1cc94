package org.tnracademy.exercises.labelling;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.EnumShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link LabellingType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class LabellingShapes {

    private LabellingShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                required("labels", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("title", LocalizedTextShape.line())), 1)),
                optional("scoring", new EnumShape(LabellingScoring.ids())));
    }

    static ObjectShape key() {
        // item ids come from the dataset, which this form does not hold
        return ObjectShape.of(
                required("items", ListShape.of(ObjectShape.of(
                        required("item", TextShape.of(TextRule.ITEM_ID)),
                        required("label", ReferenceShape.specIds("labels", "id")),
                        optional("explanation", LocalizedTextShape.lines())), 1)));
    }
}
