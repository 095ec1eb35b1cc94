package org.tnracademy.ui.studio.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.ui.testsupport.DocExamples;

/** Editing through the form's fields, what it reports as wrong, and where it shows the type's problems. */
@SpringBootTest
class ShapeFormTest extends SpringBrowserlessTest {

    static final Map<String, Object> CHOICE_SPEC = DocExamples.yaml("""
            scoring: right-minus-wrong
            questions:
              - id: q1
                kind: single
                prompt: {en: "Which post is doxing?", fr: "Quelle publication relève du doxing ?"}
                options:
                  - id: a
                    text: {en: "A post giving the home address of a journalist"}
                  - id: b
                    text: {en: "A post criticising a journalist's article"}
              - id: q2
                kind: multiple
                scoring: all-or-nothing
                prompt: {en: "Which are signs of a coordinated campaign?"}
                options:
                  - {id: a, text: {en: "Identical wording posted within minutes"}}
                  - {id: b, text: {en: "Accounts created the same day"}}
                  - {id: c, text: {en: "A single angry reply"}}
            """);
    static final Map<String, Object> CHOICE_KEY = DocExamples.yaml("""
            exercise: spot-the-doxing
            questions:
              - id: q1
                options:
                  - {id: a, correct: true,  explanation: {en: "An address exposed to a hostile audience is doxing."}}
                  - {id: b, correct: false, explanation: {en: "Criticism of published work is not doxing."}}
              - id: q2
                options:
                  - {id: a, correct: true,  explanation: {en: "Copy-paste wording in bursts is a coordination signal."}}
                  - {id: b, correct: true,  explanation: {en: "Batch creation dates point to a network."}}
                  - {id: c, correct: false, explanation: {en: "One reply shows no coordination."}}
            """);
    static final Map<String, Object> ESTIMATE_SPEC = DocExamples.yaml("""
            questions:
              - id: q-place
                kind: location
                prompt: {en: "Where was the photo of the target's door taken?"}
                tolerance: 2
                zeroCredit: 12
                decay: linear
              - id: q-accounts
                kind: number
                prompt: {en: "How many accounts shared the address in the first hour?"}
                unit: accounts
                error: relative
                tolerance: 0.1
                zeroCredit: 0.5
            """);

    AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    ShapeForm form(FormShape shape, Map<String, Object> tree) {
        ShapeForm form = new ShapeForm(shape);
        UI.getCurrent().add(form);
        form.setTree(tree);
        form.addValueChangeListener(changes::incrementAndGet);
        return form;
    }

    /** Types into a text field or area as the author would (a change from the client). */
    void type(TextFieldBase<?, String> field, String value) {
        switch (field) {
            case TextField line -> test(line).setValue(value);
            case TextArea area -> test(area).setValue(value);
            default -> throw new IllegalArgumentException(String.valueOf(field));
        }
    }

    static ListEditor list(NodeEditor object, String field) {
        return (ListEditor) ((ObjectEditor) object).editor(field);
    }

    static ObjectEditor entry(ListEditor list, int index) {
        return (ObjectEditor) list.entry(index);
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> tree, Object... steps) {
        Object node = tree;
        for (Object step : steps) {
            node = step instanceof Integer i ? ((List<Object>) node).get(i) : ((Map<String, Object>) node).get(step);
        }
        return (T) node;
    }

    @Test
    void aLongListOpensWithItsEntriesClosedAndSummarised() {
        List<Object> spans = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            spans.add(new LinkedHashMap<>(Map.of("post", "post-" + i, "start", i, "end", i + 5, "category", "address",
                    "explanation", Map.of("en", "Span " + i))));
        }
        ShapeForm form = form(ExerciseShapes.key("spans"), Map.of("spans", spans));

        ListEditor list = list(form.root(), "spans");
        assertThat(list.size()).isEqualTo(300);
        assertThat(list.details(0).isOpened()).isFalse();
        assertThat(list.details(0).getContent()).isEmpty();
        assertThat(list.details(299).getSummaryText()).isEqualTo("300. post-299 · 299 · 304");
        assertThat(form.tree()).isEqualTo(Map.of("spans", spans));

        test(list.details(7)).openDetails();
        assertThat(list.details(7).getContent()).isNotEmpty();
        assertThat(list.details(8).getContent()).isEmpty();
    }

    @Test
    void editingAFieldChangesTheTreeAndTellsTheListener() {
        ShapeForm form = form(ExerciseShapes.spec("choice"), CHOICE_SPEC);
        ObjectEditor q2 = entry(list(form.root(), "questions"), 1);
        LocalizedEditor prompt = (LocalizedEditor) q2.editor("prompt");

        type(prompt.french(), "Quels signes montrent une campagne coordonnée ?");
        type(((TextEditor) q2.editor("id")).field(), "q-coordination");

        Map<String, Object> tree = form.tree();
        assertThat((Object) at(tree, "questions", 1, "prompt")).isEqualTo(Map.of(
                "en", "Which are signs of a coordinated campaign?",
                "fr", "Quels signes montrent une campagne coordonnée ?"));
        assertThat((String) at(tree, "questions", 1, "id")).isEqualTo("q-coordination");
        assertThat(changes).hasValue(2);
        assertThat(list(form.root(), "questions").details(1).getSummaryText()).startsWith("2. q-coordination");
    }

    @Test
    void entriesAreAddedMovedAndRemovedWithTheirButtons() {
        ShapeForm form = form(ExerciseShapes.spec("choice"), CHOICE_SPEC);
        ListEditor options = list(entry(list(form.root(), "questions"), 1), "options");

        test(options.addButton()).click();
        ObjectEditor added = entry(options, 3);
        assertThat(options.details(3).isOpened()).isTrue();
        type(((TextEditor) added.editor("id")).field(), "d");
        type(((LocalizedEditor) added.editor("text")).english(), "Accounts with stock photos");
        test(options.buttons(3).getFirst()).click();          // up: d before c
        test(options.buttons(0).get(2)).click();              // remove a

        List<Map<String, Object>> tree = at(form.tree(), "questions", 1, "options");
        assertThat(tree).extracting(o -> o.get("id")).containsExactly("b", "d", "c");
        assertThat(tree.get(1).get("text")).isEqualTo(Map.of("en", "Accounts with stock photos"));
        assertThat(options.buttons(0).getFirst().isEnabled()).as("first entry cannot go up").isFalse();
        assertThat(options.buttons(2).get(1).isEnabled()).as("last entry cannot go down").isFalse();
        Button remove = list(entry(list(form.root(), "questions"), 0), "options").buttons(0).get(2);
        assertThat(remove.isEnabled()).as("two options is the minimum").isFalse();
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Options: remove entry 1");
    }

    @Test
    void lettersInADecimalAreReportedWithTheFieldsLabelAndPath() {
        ShapeForm form = form(ExerciseShapes.spec("estimate"), ESTIMATE_SPEC);
        NumberEditor tolerance = (NumberEditor) entry(list(form.root(), "questions"), 1).editor("tolerance");

        test(tolerance.field()).setValue("ten percent");

        assertThat(form.inputProblems()).containsExactly("Full credit within (questions[1].tolerance): "
                + "\u201cten percent\u201d is not a number (use digits, with a point or a comma for decimals)");
        assertThat(tolerance.field().isInvalid()).isTrue();
        assertThat((Object) at(form.tree(), "questions", 1, "tolerance")).isNull();

        test(tolerance.field()).setValue("0,15");
        assertThat(form.inputProblems()).isEmpty();
        assertThat(tolerance.field().isInvalid()).isFalse();
        assertThat((Object) at(form.tree(), "questions", 1, "tolerance")).isEqualTo(0.15);
    }

    @Test
    void aNumberOutsideItsRangeAndAWholeNumberWithDecimalsAreReported() {
        ShapeForm form = form(ExerciseShapes.spec("written-analysis"), DocExamples.yaml("""
                maxLength: 4000
                criteria:
                  - id: sourcing
                    title: {en: "Sourcing"}
                    description: {en: "Ties each claim to the posts of the dataset."}
                    maxPoints: 4
                    levels:
                      - {points: 0, descriptor: {en: "No claim is sourced."}}
                """));
        ObjectEditor criterion = entry(list(form.root(), "criteria"), 0);
        test(((NumberEditor) criterion.editor("maxPoints")).field()).setValue("2.5");
        test(((NumberEditor) form.root().editor("maxLength")).field()).setValue("60000");

        assertThat(form.inputProblems()).containsExactly(
                "Maximum length (maxLength): must be at most 50000",
                "Maximum points (criteria[0].maxPoints): \u201c2.5\u201d is not a whole number");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20250617L, 987654321L})
    void numbersComeBackAsTheyWentInWhateverTheirSize(long seed) {
        Random random = new Random(seed);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(switch (i % 4) {
                case 0 -> random.nextInt();
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(20) - 10);
                case 2 -> (double) random.nextInt(1000);
                default -> -random.nextDouble() * 1e12;
            });
        }
        ShapeForm form = form(ExerciseShapes.key("estimate"), Map.of());
        ListEditor answers = list(form.root(), "answers");
        test(answers.addButton()).click();
        NumberEditor value = (NumberEditor) entry(answers, 0).editor("value");
        for (Object number : values) {
            value.setValue(number);
            assertThat(value.value()).as(String.valueOf(number)).isEqualTo(number);
            assertThat(value.unreadable()).isNull();
        }
    }

    @Test
    void anEmptyRequiredEnglishTextIsReported() {
        ShapeForm form = form(ExerciseShapes.spec("choice"), CHOICE_SPEC);
        LocalizedEditor prompt = (LocalizedEditor) entry(list(form.root(), "questions"), 0).editor("prompt");

        type(prompt.english(), "");

        assertThat(form.inputProblems()).containsExactly(
                "Question (questions[0].prompt.en): the English text is required");
    }

    @Test
    void aListUnderItsMinimumAndAMissingRequiredFieldAreReportedEvenInClosedEntries() {
        ShapeForm form = form(ExerciseShapes.spec("choice"), DocExamples.yaml("""
                questions:
                  - id: q1
                    kind: single
                    prompt: {en: "Which post is doxing?"}
                    options:
                      - {id: a, text: {en: "An address"}}
                  - id: Q2
                    prompt: {en: "Which are signs?"}
                    options: []
                """));

        assertThat(list(form.root(), "questions").details(0).getContent()).isEmpty();
        assertThat(form.inputProblems()).containsExactly(
                "Options (questions[0].options): needs at least 2 entries, has 1",
                "Question id (questions[1].id): \u201cQ2\u201d must use lower-case letters, digits and - only",
                "Kind (questions[1].kind): is required",
                "Options (questions[1].options): needs at least 2 entries, has 0");

        FormWalk.openEverything(form.root());
        assertThat(form.inputProblems()).containsExactly(
                "Options (questions[0].options): needs at least 2 entries, has 1",
                "Question id (questions[1].id): \u201cQ2\u201d must use lower-case letters, digits and - only",
                "Kind (questions[1].kind): is required",
                "Options (questions[1].options): needs at least 2 entries, has 0");
    }

    @Test
    void theTypesProblemsAreShownOnTheirFieldsAndClearedByTheNextOnes() {
        ShapeForm form = form(ExerciseShapes.spec("choice"), CHOICE_SPEC);
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("spec.questions[1].options[2].id", "'c' appears twice");
        problems.put("questions[0].prompt.fr", "must not be blank");
        problems.put("questions[0].options", "at least two options are required, found 1");
        problems.put("policy.hints", "not a field of this form");

        form.showProblems(problems);

        ListEditor questions = list(form.root(), "questions");
        assertThat(questions.details(1).isOpened()).isTrue();
        TextField optionId = (TextField) ((TextEditor) entry(list(entry(questions, 1), "options"), 2).editor("id"))
                .field();
        assertThat(optionId.isInvalid()).isTrue();
        assertThat(optionId.getErrorMessage()).isEqualTo("'c' appears twice");
        LocalizedEditor prompt = (LocalizedEditor) entry(questions, 0).editor("prompt");
        assertThat(prompt.french().getErrorMessage()).isEqualTo("must not be blank");
        assertThat(prompt.english().isInvalid()).isFalse();
        assertThat(form.getElement().getOuterHTML()).contains("at least two options are required, found 1")
                .contains("policy.hints: not a field of this form");

        form.showProblems(Map.of("questions[0].id", "'q1' appears twice"));
        assertThat(optionId.isInvalid()).isFalse();
        assertThat(prompt.french().isInvalid()).isFalse();
        assertThat(form.getElement().getOuterHTML()).doesNotContain("at least two options")
                .doesNotContain("policy.hints");
        assertThat(((TextEditor) entry(questions, 0).editor("id")).field().getErrorMessage())
                .isEqualTo("'q1' appears twice");
    }

    @Test
    void theTypesOwnValidationOfAFormTreeLandsOnTheRightField() {
        ShapeForm form = form(ExerciseShapes.spec("choice"), CHOICE_SPEC);
        type(((TextEditor) entry(list(entry(list(form.root(), "questions"), 1), "options"), 2).editor("id")).field(),
                "a");

        Map<String, String> problems = new LinkedHashMap<>();
        try {
            ExerciseTypes.get("choice").readSpec(form.tree());
        } catch (InvalidSpecException e) {
            e.problems().forEach(p -> problems.put(p.field(), p.reason()));
        }
        form.showProblems(problems);

        assertThat(problems).containsKey("questions[1].options[2].id");
        TextField optionId = (TextField) ((TextEditor) entry(list(entry(list(form.root(), "questions"), 1), "options"),
                2).editor("id")).field();
        assertThat(optionId.getErrorMessage()).contains("appears twice");
    }

    @Test
    void aKeysReferencesOfferTheSpecsIdsAndFollowItsChanges() {
        ShapeForm form = new ShapeForm(ExerciseShapes.key("choice"));
        UI.getCurrent().add(form);
        form.setSpecTree(CHOICE_SPEC);
        form.setTree(CHOICE_KEY);
        ObjectEditor q2 = entry(list(form.root(), "questions"), 1);

        assertThat(((ChoiceEditor) q2.editor("id")).items()).containsExactly("q1", "q2");
        ChoiceEditor option = (ChoiceEditor) entry(list(q2, "options"), 0).editor("id");
        assertThat(option.items()).containsExactly("a", "b", "c");

        Map<String, Object> spec = Trees.copy(CHOICE_SPEC);
        List<Object> options = at(spec, "questions", 1, "options");
        options.add(Map.of("id", "d", "text", Map.of("en", "Stock photos")));
        form.setSpecTree(spec);
        assertThat(option.items()).containsExactly("a", "b", "c", "d");

        test(((ChoiceEditor) q2.editor("id")).select()).selectItem("q1");
        assertThat(option.items()).as("the options of the question now keyed").containsExactly("a", "b");
    }

    @Test
    void aValueTheSpecNoLongerHasIsKeptAndReported() {
        ShapeForm form = new ShapeForm(ExerciseShapes.key("item-labelling"));
        UI.getCurrent().add(form);
        form.setSpecTree(DocExamples.yaml("labels: [{id: doxing, title: {en: Doxing}}, {id: benign, title: {en: Benign}}]"));
        form.setTree(DocExamples.yaml("items: [{item: post-1, label: smear}]"));

        assertThat(form.tree()).isEqualTo(DocExamples.yaml("items: [{item: post-1, label: smear}]"));
        assertThat(form.inputProblems()).containsExactly(
                "Expected label (items[0].label): \u201csmear\u201d is not in the spec");
        ChoiceEditor label = (ChoiceEditor) entry(list(form.root(), "items"), 0).editor("label");
        assertThat(label.items()).containsExactly("doxing", "benign", "smear");
    }

    @Test
    void unknownFieldsAreKeptAndEmptyOptionalFieldsLeftOut() {
        ShapeForm form = form(ExerciseShapes.key("set-selection"), DocExamples.yaml("""
                exercise: find-the-network
                selected: [acct-02, acct-03]
                explanations:
                  acct-02: {en: "Created the same hour as acct-03."}
                """));
        form.setSpecTree(DocExamples.yaml("items: [acct-01, acct-02, acct-03]"));
        MapEditor explanations = (MapEditor) form.root().editor("explanations");
        test(explanations.list().buttons(0).get(2)).click();

        assertThat(form.tree()).isEqualTo(DocExamples.yaml("""
                exercise: find-the-network
                selected: [acct-02, acct-03]
                """));
        assertThat(form.getElement().getOuterHTML()).contains("Kept as they are, not edited here: exercise");
    }

    @Test
    void aSetSelectionKeyKeepsItsOrderAndAddsNewChoicesAfter() {
        ShapeForm form = form(ExerciseShapes.key("set-selection"), DocExamples.yaml("selected: [acct-03, acct-01]"));
        form.setSpecTree(DocExamples.yaml("items: [acct-01, acct-02, acct-03]"));
        MultiChoiceEditor selected = (MultiChoiceEditor) form.root().editor("selected");

        // the browser sends the whole selection: the two there and the one ticked now
        test(selected.box()).selectItem("acct-01", "acct-02", "acct-03");

        assertThat((List<String>) at(form.tree(), "selected")).containsExactly("acct-03", "acct-01", "acct-02");
    }

    @Test
    void aProblemOnAnExplanationOfAMapIsShownOnThatEntry() {
        ShapeForm form = form(ExerciseShapes.key("set-selection"), DocExamples.yaml("""
                selected: [acct-02]
                explanations:
                  acct-01: {en: "A decoy."}
                  acct-02: {en: "Coordinated."}
                """));

        form.showProblems(Map.of("explanations.acct-02.fr", "must not be blank"));

        ListEditor entries = ((MapEditor) form.root().editor("explanations")).list();
        assertThat(entries.details(1).isOpened()).isTrue();
        LocalizedEditor text = (LocalizedEditor) entry(entries, 1).editor("text");
        assertThat(text.french().getErrorMessage()).isEqualTo("must not be blank");
    }

    @Test
    void aBundleThatIsNotJsonIsReportedWithItsLine() {
        ShapeForm form = form(ExerciseShapes.spec("indicators"), DocExamples.yaml("""
                lines: [{id: line-01, text: "dns query A update-check.example"}]
                bundle: {type: bundle, id: bundle--b1000000-0000-4000-8000-000000000001, objects: []}
                """));
        JsonEditor bundle = (JsonEditor) form.root().editor("bundle");

        test(bundle.area()).setValue("{\n  \"type\": \"bundle\",\n  \"objects\": [\n}");

        assertThat(form.inputProblems()).singleElement().asString()
                .startsWith("STIX 2.1 bundle (JSON) (bundle): is not a JSON object (line 4)");
    }

    @Test
    void labelsAndProblemsAreInFrenchForAFrenchAuthor() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        ShapeForm form = form(ExerciseShapes.spec("estimate"), ESTIMATE_SPEC);
        NumberEditor tolerance = (NumberEditor) entry(list(form.root(), "questions"), 0).editor("tolerance");

        test(tolerance.field()).setValue("deux");

        assertThat(tolerance.field().getLabel()).isEqualTo("Note maximale jusqu’à");
        assertThat(form.inputProblems()).containsExactly("Note maximale jusqu’à (questions[0].tolerance) : "
                + "« deux » n’est pas un nombre (des chiffres, avec un point ou une virgule pour les décimales)");
    }

    @Test
    void anEstimatesPhotoAndMapAreEditedInTheFormAndTheirProblemsNameTheirFields() throws Exception {
        ShapeForm form = form(ExerciseShapes.spec("estimate"), ESTIMATE_SPEC);
        assertThat(form.inputProblems()).as("no photo and no map: nothing is missing").isEmpty();
        assertThat(form.tree()).doesNotContainKey("map");
        assertThat(form.getElement().getOuterHTML()).contains("Map for location answers",
                "Leave every field empty to have them type coordinates only.");

        ObjectEditor map = (ObjectEditor) form.root().editor("map");
        type(((TextEditor) map.editor("basemap")).field(), "images/basemap.svg");
        type(((LocalizedEditor) map.editor("alt")).english(), "The coasts of Marrowen");
        test(((NumberEditor) map.editor("south")).field()).setValue("-95");
        test(((NumberEditor) map.editor("west")).field()).setValue("-25.7");
        test(((NumberEditor) map.editor("east")).field()).setValue("-23.6");
        assertThat(form.inputProblems()).containsExactly(
                "South edge (latitude) (map.south): must be at least -85",
                "North edge (latitude) (map.north): is required");

        test(((NumberEditor) map.editor("south")).field()).setValue("-42.9");
        test(((NumberEditor) map.editor("north")).field()).setValue("-41.4");
        ObjectEditor photo = (ObjectEditor) entry(list(form.root(), "questions"), 0).editor("picture");
        assertThat(photo.component().getElement().getOuterHTML()).contains("Photo", "Leave every field empty for none.");
        type(((TextEditor) photo.editor("file")).field(), "images/not-uploaded.svg");
        type(((LocalizedEditor) photo.editor("alt")).english(), "A door with a blue number plate");
        assertThat(form.inputProblems()).isEmpty();
        assertThat((Object) at(form.tree(), "map", "north")).isEqualTo(-41.4);
        assertThat((Object) at(form.tree(), "questions", 0, "picture", "file")).isEqualTo("images/not-uploaded.svg");

        // the draft check finds the photo is no picture of the course: the problem lands on its field
        Map<String, String> problems = new LinkedHashMap<>();
        for (String problem : org.tnracademy.core.packs.ExercisePictures.problems(ExerciseTypes.get("estimate"),
                ExerciseTypes.get("estimate").readSpec(form.tree()), java.util.Set.of("images/basemap.svg"))) {
            int colon = problem.indexOf(": ");
            problems.put(problem.substring(0, colon), problem.substring(colon + 2));
        }
        form.showProblems(problems);
        TextField file = (TextField) ((TextEditor) photo.editor("file")).field();
        assertThat(file.isInvalid()).isTrue();
        assertThat(file.getErrorMessage()).contains("images/not-uploaded.svg", "is not in the pack");
        assertThat(((TextEditor) map.editor("basemap")).field().isInvalid()).isFalse();
    }
}
