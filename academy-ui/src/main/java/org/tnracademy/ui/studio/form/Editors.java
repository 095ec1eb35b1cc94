package org.tnracademy.ui.studio.form;

import org.tnracademy.exercises.shape.BooleanShape;
import org.tnracademy.exercises.shape.DecimalShape;
import org.tnracademy.exercises.shape.EnumSetShape;
import org.tnracademy.exercises.shape.EnumShape;
import org.tnracademy.exercises.shape.IntegerShape;
import org.tnracademy.exercises.shape.JsonShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.MapShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.ReferenceSetShape;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.Shape;
import org.tnracademy.exercises.shape.TextListShape;
import org.tnracademy.exercises.shape.TextShape;

/** The editor of each kind of shape. */
final class Editors {

    private Editors() {
    }

    static NodeEditor create(Shape shape, FormContext context, String labelKey, boolean required) {
        return switch (shape) {
            case ObjectShape object -> new ObjectEditor(context, labelKey, object, required);
            case ListShape list -> new ListEditor(context, labelKey, list, required);
            case MapShape map -> new MapEditor(context, labelKey, map, required);
            case TextShape text -> new TextEditor(context, labelKey, text, required);
            case TextListShape texts -> new TextListEditor(context, labelKey, texts, required);
            case LocalizedTextShape localized -> new LocalizedEditor(context, labelKey, localized, required);
            case IntegerShape ignored -> new NumberEditor(context, labelKey, shape, required);
            case DecimalShape ignored -> new NumberEditor(context, labelKey, shape, required);
            case BooleanShape ignored -> new BooleanEditor(context, labelKey);
            case EnumShape ignored -> new ChoiceEditor(context, labelKey, shape, required);
            case ReferenceShape ignored -> new ChoiceEditor(context, labelKey, shape, required);
            case EnumSetShape ignored -> new MultiChoiceEditor(context, labelKey, shape, required);
            case ReferenceSetShape ignored -> new MultiChoiceEditor(context, labelKey, shape, required);
            case JsonShape ignored -> new JsonEditor(context, labelKey, required);
        };
    }
}
