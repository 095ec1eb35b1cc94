package org.tnracademy.exercises.attribution;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceSetShape;
import org.tnracademy.exercises.shape.References;
import org.tnracademy.exercises.shape.TextListShape;
import org.tnracademy.exercises.shape.TextRule;

/**
 * The spec and key trees of {@link AttributionType}, field for field as its reader reads them: the
 * studio's forms and the JSON Schema are built from these, and a test holds them to the reader.
 */
final class AttributionShapes {

    private AttributionShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(required("accounts", new TextListShape(TextRule.ITEM_ID, AttributionSpec.MIN_ACCOUNTS)));
    }

    static ObjectShape key() {
        return ObjectShape.of(required("operators", new ListShape(ObjectShape.of(
                required("accounts", new ReferenceSetShape(References.specTexts("accounts"), 1)),
                optional("why", LocalizedTextShape.lines())), 1, AttributionSpec.MAX_ACCOUNTS)));
    }
}
