package org.tnracademy.ui.studio.form;

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
