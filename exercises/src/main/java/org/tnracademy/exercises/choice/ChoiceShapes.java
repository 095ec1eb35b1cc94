package org.tnracademy.exercises.choice;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.BooleanShape;
import org.tnracademy.exercises.shape.EnumShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.References;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link ChoiceType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class ChoiceShapes {

    private ChoiceShapes() {
    }

    static ObjectShape spec() {
        EnumShape scoring = EnumShape.of("all-or-nothing", "right-minus-wrong");
        return ObjectShape.of(
                optional("scoring", scoring),
                required("questions", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("kind", EnumShape.of("single", "multiple")),
                        required("prompt", LocalizedTextShape.lines()),
                        optional("scoring", scoring),
                        required("options", ListShape.of(ObjectShape.of(
                                required("id", TextShape.of(TextRule.ID)),
                                required("text", LocalizedTextShape.line())), 2))), 1)));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                required("questions", ListShape.of(ObjectShape.of(
                        required("id", ReferenceShape.specIds("questions", "id")),
                        required("options", ListShape.of(ObjectShape.of(
                                required("id", new ReferenceShape(References.choiceOptionsOfEnclosingQuestion())),
                                required("correct", new BooleanShape()),
                                required("explanation", LocalizedTextShape.lines())), 1))), 1)));
    }
}
