package org.tnracademy.exercises.timeline;

import static org.tnracademy.exercises.shape.FieldShape.optional;
import static org.tnracademy.exercises.shape.FieldShape.required;

import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.TextRule;
import org.tnracademy.exercises.shape.TextShape;

/**
 * The spec and key trees of {@link TimelineType}, field for field as its reader reads them: the studio's
 * forms and the JSON Schemas are built from these, and a test holds them to the reader.
 */
final class TimelineShapes {

    private TimelineShapes() {
    }

    static ObjectShape spec() {
        return ObjectShape.of(
                required("events", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ITEM_ID)),
                        required("text", TextShape.lines()),
                        optional("platform", TextShape.line()),
                        optional("shownTime", TextShape.line())), 2)));
    }

    static ObjectShape key() {
        return ObjectShape.of(
                required("events", ListShape.of(ObjectShape.of(
                        required("event", ReferenceShape.specIds("events", "id")),
                        required("at", TextShape.of(TextRule.OFFSET_DATE_TIME)),
                        required("explanation", LocalizedTextShape.lines())), 2)));
    }
}
