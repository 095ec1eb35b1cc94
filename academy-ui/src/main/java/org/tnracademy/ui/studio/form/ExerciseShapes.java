package org.tnracademy.ui.studio.form;

import static org.tnracademy.ui.studio.form.FieldShape.optional;
import static org.tnracademy.ui.studio.form.FieldShape.required;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.labelling.LabellingScoring;

/**
 * The spec and key shapes of the ten exercise types, field for field as the types read them
 * ({@code docs/exercise-types/*.md} and the {@code read*} methods of {@code exercises}). Top-level
 * fields the form does not show, such as a key's {@code exercise:}, are kept as they are.
 */
public final class ExerciseShapes {

    private static final Map<String, FormShape> SPECS = new LinkedHashMap<>();
    private static final Map<String, FormShape> KEYS = new LinkedHashMap<>();

    static {
        register("choice", choiceSpec(), choiceKey());
        register("item-labelling", labellingSpec(), labellingKey());
        register("set-selection", setSelectionSpec(), setSelectionKey());
        register("spans", spansSpec(), spansKey());
        register("indicators", indicatorsSpec(), indicatorsKey());
        register("timeline", timelineSpec(), timelineKey());
        register("estimate", estimateSpec(), estimateKey());
        register("technique-tagging", taggingSpec(), taggingKey());
        register("short-answer", shortAnswerSpec(), shortAnswerKey());
        register("written-analysis", writtenSpec(), writtenKey());
    }

    private ExerciseShapes() {
    }

    /** The shape of the type's spec tree. @throws IllegalArgumentException for an unknown type */
    public static FormShape spec(String typeId) {
        return find(SPECS, typeId);
    }

    /** The shape of the type's key tree. @throws IllegalArgumentException for an unknown type */
    public static FormShape key(String typeId) {
        return find(KEYS, typeId);
    }

    public static Set<String> typeIds() {
        return SPECS.keySet();
    }

    private static FormShape find(Map<String, FormShape> shapes, String typeId) {
        FormShape shape = shapes.get(typeId);
        if (shape == null) {
            throw new IllegalArgumentException("no form for exercise type '" + typeId + "'; known: " + SPECS.keySet());
        }
        return shape;
    }

    private static void register(String typeId, ObjectShape spec, ObjectShape key) {
        SPECS.put(typeId, new FormShape(typeId, "spec", spec));
        KEYS.put(typeId, new FormShape(typeId, "key", key));
    }

    private static ReferenceShape ref(String listPath, String idField) {
        return new ReferenceShape(References.specIds(listPath, idField));
    }

    // ---- choice

    private static ObjectShape choiceSpec() {
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

    private static ObjectShape choiceKey() {
        return ObjectShape.of(
                required("questions", ListShape.of(ObjectShape.of(
                        required("id", ref("questions", "id")),
                        required("options", ListShape.of(ObjectShape.of(
                                required("id", new ReferenceShape(References.choiceOptionsOfEnclosingQuestion())),
                                required("correct", new BooleanShape()),
                                required("explanation", LocalizedTextShape.lines())), 1))), 1)));
    }

    // ---- item-labelling

    private static ObjectShape labellingSpec() {
        return ObjectShape.of(
                required("labels", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("title", LocalizedTextShape.line())), 1)),
                optional("scoring", new EnumShape(LabellingScoring.ids())));
    }

    private static ObjectShape labellingKey() {
        // item ids come from the dataset, which this form does not hold
        return ObjectShape.of(
                required("items", ListShape.of(ObjectShape.of(
                        required("item", TextShape.of(TextRule.ITEM_ID)),
                        required("label", ref("labels", "id")),
                        optional("explanation", LocalizedTextShape.lines())), 1)));
    }

    // ---- set-selection

    private static ObjectShape setSelectionSpec() {
        return ObjectShape.of(
                required("items", new TextListShape(TextRule.ITEM_ID, 2)),
                optional("metric", EnumShape.of("f1", "jaccard")));
    }

    private static ObjectShape setSelectionKey() {
        return ObjectShape.of(
                required("selected", new ReferenceSetShape(References.specTexts("items"), 1)),
                optional("explanations", new MapShape("item", new ReferenceShape(References.specTexts("items")),
                        "text", LocalizedTextShape.lines())));
    }

    // ---- spans

    private static ObjectShape spansSpec() {
        return ObjectShape.of(
                optional("minOverlap", new DecimalShape(0.0, true, 1.0, false)),
                required("categories", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("title", LocalizedTextShape.line())), 1)),
                required("posts", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ITEM_ID)),
                        required("text", TextShape.lines())), 1)));
    }

    private static ObjectShape spansKey() {
        return ObjectShape.of(
                required("spans", ListShape.of(ObjectShape.of(
                        required("post", ref("posts", "id")),
                        required("start", new IntegerShape(0, null)),
                        required("end", new IntegerShape(1, null)),
                        required("category", ref("categories", "id")),
                        required("explanation", LocalizedTextShape.lines())), 1)));
    }

    // ---- indicators

    private static ObjectShape indicatorsSpec() {
        return ObjectShape.of(
                required("lines", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ITEM_ID)),
                        required("text", TextShape.line())), 1)),
                // intelligence (source and licence of a published bundle) is not a form field: the bundle
                // upload fills it, and the form keeps it as it is, like fields it does not show
                required("bundle", new JsonShape()));
    }

    private static ObjectShape indicatorsKey() {
        return ObjectShape.of(
                required("hits", ListShape.of(ObjectShape.of(
                        required("line", ref("lines", "id")),
                        required("indicator", new ReferenceShape(References.stixIndicators())),
                        required("explanation", LocalizedTextShape.lines())), 1)),
                optional("decoys", ListShape.of(ObjectShape.of(
                        required("line", ref("lines", "id")),
                        required("explanation", LocalizedTextShape.lines())), 0)));
    }

    // ---- timeline

    private static ObjectShape timelineSpec() {
        return ObjectShape.of(
                required("events", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ITEM_ID)),
                        required("text", TextShape.lines()),
                        optional("platform", TextShape.line()),
                        optional("shownTime", TextShape.line())), 2)));
    }

    private static ObjectShape timelineKey() {
        return ObjectShape.of(
                required("events", ListShape.of(ObjectShape.of(
                        required("event", ref("events", "id")),
                        required("at", TextShape.of(TextRule.OFFSET_DATE_TIME)),
                        required("explanation", LocalizedTextShape.lines())), 2)));
    }

    // ---- estimate

    private static ObjectShape estimateSpec() {
        return ObjectShape.of(
                required("questions", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("kind", EnumShape.of("location", "number")),
                        required("prompt", LocalizedTextShape.lines()),
                        required("tolerance", new DecimalShape(0.0, false, null, false)),
                        required("zeroCredit", new DecimalShape(0.0, true, null, false)),
                        optional("decay", EnumShape.of("linear", "exponential")),
                        optional("unit", TextShape.line()),
                        optional("error", EnumShape.of("absolute", "relative")),
                        // the photo a question shows; the draft check says when its file is not a picture of the course
                        optional("picture", ObjectShape.of(
                                required("file", TextShape.line()),
                                required("alt", LocalizedTextShape.lines()),
                                optional("caption", LocalizedTextShape.line())))), 1)),
                // the offline map location answers are placed on: a picture of the course and its bounds
                optional("map", ObjectShape.of(
                        required("basemap", TextShape.line()),
                        required("alt", LocalizedTextShape.lines()),
                        required("south", DecimalShape.within(-85, 85)),
                        required("west", DecimalShape.within(-180, 180)),
                        required("north", DecimalShape.within(-85, 85)),
                        required("east", DecimalShape.within(-180, 180)))));
    }

    private static ObjectShape estimateKey() {
        return ObjectShape.of(
                required("answers", ListShape.of(ObjectShape.of(
                        required("question", ref("questions", "id")),
                        optional("latitude", DecimalShape.within(-90, 90)),
                        optional("longitude", DecimalShape.within(-180, 180)),
                        optional("value", DecimalShape.any()),
                        required("explanation", LocalizedTextShape.lines())), 1)));
    }

    // ---- technique-tagging

    private static ObjectShape taggingSpec() {
        return ObjectShape.of(
                optional("sameTacticCredit", new DecimalShape(0.0, false, 1.0, true)),
                required("catalogue", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.TECHNIQUE_ID)),
                        required("tactic", TextShape.of(TextRule.TACTIC_ID)),
                        required("name", LocalizedTextShape.line())), 2)));
    }

    private static ObjectShape taggingKey() {
        return ObjectShape.of(
                required("techniques", ListShape.of(ObjectShape.of(
                        required("id", ref("catalogue", "id")),
                        required("explanation", LocalizedTextShape.lines())), 1)));
    }

    // ---- short-answer

    private static ObjectShape shortAnswerSpec() {
        return ObjectShape.of(
                required("blanks", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("prompt", LocalizedTextShape.lines()),
                        optional("maxLength", new IntegerShape(1, 2000))), 1)));
    }

    private static ObjectShape shortAnswerKey() {
        return ObjectShape.of(
                required("blanks", ListShape.of(ObjectShape.of(
                        required("id", ref("blanks", "id")),
                        optional("accepted", new TextListShape(TextRule.ANY, 0)),
                        optional("patterns", new TextListShape(TextRule.REGEX, 0)),
                        required("explanation", LocalizedTextShape.lines())), 1)));
    }

    // ---- written-analysis

    private static ObjectShape writtenSpec() {
        return ObjectShape.of(
                optional("maxLength", new IntegerShape(1, 50000)),
                required("criteria", ListShape.of(ObjectShape.of(
                        required("id", TextShape.of(TextRule.ID)),
                        required("title", LocalizedTextShape.line()),
                        required("description", LocalizedTextShape.lines()),
                        required("maxPoints", new IntegerShape(1, 100)),
                        required("levels", ListShape.of(ObjectShape.of(
                                required("points", new IntegerShape(0, 100)),
                                required("descriptor", LocalizedTextShape.lines())), 1))), 1)));
    }

    private static ObjectShape writtenKey() {
        return ObjectShape.of(
                optional("modelAnswer", LocalizedTextShape.lines()),
                optional("guidance", new MapShape("criterion", ref("criteria", "id"),
                        "text", LocalizedTextShape.lines())));
    }
}
