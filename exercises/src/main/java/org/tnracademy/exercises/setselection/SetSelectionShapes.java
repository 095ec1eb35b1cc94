package org.tnracademy.exercises.setselection;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.EnumShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.MapShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceSetShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.References;
import org.tnracademy.exercises.shape.TextListShape;
import org.tnracademy.exercises.shape.TextRule;

/**
 * The spec and key trees of {@link SetSelectionType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class SetSelectionShapes {

    private SetSelectionShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                required("items", new TextListShape(TextRule.ITEM_ID, 2)),
                optional("metric", EnumShape.of("f1", "jaccard")));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                required("selected", new ReferenceSetShape(References.specTexts("items"), 1)),
                optional("explanations", new MapShape("item", new ReferenceShape(References.specTexts("items")),
                        "text", LocalizedTextShape.lines())));
    }
}
