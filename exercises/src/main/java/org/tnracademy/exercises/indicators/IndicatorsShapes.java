package org.tnracademy.exercises.indicators;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.JsonShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.References;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link IndicatorsType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class IndicatorsShapes {

    private IndicatorsShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                required("lines", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ITEM_ID)),
                        required("text", TextShape.line())), 1)),
                // intelligence (source and licence of a published bundle) is not a form field: the bundle
                // upload fills it, and the form keeps it as it is, like fields it does not show
                required("bundle", new JsonShape()));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                required("hits", ListShape.of(ObjectShape.of(
                        required("line", ReferenceShape.specIds("lines", "id")),
                        required("indicator", new ReferenceShape(References.stixIndicators())),
                        required("explanation", LocalizedTextShape.lines())), 1)),
                optional("decoys", ListShape.of(ObjectShape.of(
                        required("line", ReferenceShape.specIds("lines", "id")),
                        required("explanation", LocalizedTextShape.lines())), 0)));
    }
}
