package org.tnracademy.ui.exercise;

import org.tnracademy.ui.testsupport.LabelPicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.LabelOption;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.ScoringRule;
import org.tnracademy.exercises.labelling.ConfusionMatrix;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.exercises.labelling.LabellingScoring;
import org.tnracademy.exercises.setselection.SetSelectionResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerResult;
import org.tnracademy.exercises.labelling.LabellingType;
import org.tnracademy.exercises.setselection.SetSelectionType;
import org.tnracademy.exercises.shortanswer.ShortAnswerType;
import org.tnracademy.ui.exercise.labelling.LabellingFeedback;
import org.tnracademy.ui.exercise.parts.ScoreSummary;
import org.tnracademy.ui.exercise.setselection.SetSelectionFeedback;

/** The learner reads, beside the score, the rule that computed it, in plain words, in English and French. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class ScoringRuleShownTest extends SpringBrowserlessTest {

    private static final Map<String, Object> LABELS = Map.of("labels", List.of(
            Map.of("id", "doxing", "title", Map.of("en", "Doxing")),
            Map.of("id", "benign", "title", Map.of("en", "Benign"))));
    private static final Map<String, Object> KEY = Map.of("items", List.of(
            Map.of("item", "p1", "label", "doxing"), Map.of("item", "p2", "label", "benign"),
            Map.of("item", "p3", "label", "benign"), Map.of("item", "p4", "label", "benign")));
    private static final List<LabelOption> OPTIONS = List.of(
            new LabelOption("doxing", LocalizedText.of("Doxing", "Doxing")),
            new LabelOption("benign", LocalizedText.of("Benign", "Bénin")));

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void everyRuleIsWordedInEnglishAndInFrench() throws IOException {
        Properties en = load("translations");
        Properties fr = load("translations_fr");
        for (ScoringRule rule : ScoringRule.values()) {
            String key = "scoring.rule." + rule.id();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(fr.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
        }
    }

    @Test
    void labellingFeedbackNamesTheRuleOfTheSpecItWasGradedBy() {
        Map<String, Object> answer = Map.of("labels", Map.of("p1", "doxing", "p2", "doxing", "p3", "benign"));
        Map<LabellingScoring, String> expected = Map.of(
                LabellingScoring.ACCURACY, "Scored by accuracy: the share of items labelled right.",
                LabellingScoring.MACRO_F1, "Scored by macro-F1: the F1 of each label of the key, averaged",
                LabellingScoring.MICRO_F1, "Scored by micro-F1: items labelled right");
        for (LabellingScoring scoring : LabellingScoring.values()) {
            Map<String, Object> spec = new HashMap<>(LABELS);
            spec.put("scoring", scoring.id());
            LabellingResult result = new LabellingType().gradeTrees(spec, KEY, answer);

            LabellingFeedback feedback = new LabellingFeedback(OPTIONS, result, false);

            assertThat(rule(feedback)).as(scoring.id()).startsWith(expected.get(scoring));
        }
    }

    @Test
    void inFrenchTheRuleIsWordedInFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        LabellingResult result = new LabellingType().gradeTrees(LABELS, KEY, Map.of("labels", Map.of("p1", "doxing")));

        assertThat(rule(new LabellingFeedback(OPTIONS, result, false)))
                .startsWith("Noté à l’exactitude : la part des éléments correctement étiquetés.");
    }

    @Test
    void aGradeStoredBeforeSpecsNamedARuleSaysItWasScoredByTheOldMacroF1() {
        LabellingResult stored = new LabellingResult(0.5, List.of(), List.of(),
                new ConfusionMatrix(List.of(), List.of()), 0, 0, null);

        assertThat(rule(new LabellingFeedback(OPTIONS, stored, false)))
                .isEqualTo("Scored by macro-F1 over the labels of the key and of your answer, the rule when this "
                        + "attempt was graded.");
    }

    @Test
    void otherTypesShowTheirRuleBesideTheScoreToo() {
        SetSelectionResult jaccard = new SetSelectionType().gradeTrees(
                Map.of("items", List.of("a1", "a2", "a3"), "metric", "jaccard"),
                Map.of("selected", List.of("a1", "a2")), Map.of("chosen", List.of("a1")));
        assertThat(rule(new SetSelectionFeedback(jaccard, false))).startsWith("Scored by Jaccard");

        ShortAnswerResult shortAnswer = new ShortAnswerType().gradeTrees(
                Map.of("blanks", List.of(Map.of("id", "handle", "prompt", Map.of("en", "Which account?")))),
                Map.of("blanks", List.of(Map.of("id", "handle", "accepted", List.of("@nadia"),
                        "explanation", Map.of("en", "The first poster.")))),
                Map.of("values", Map.of("handle", "@Nadia")));
        assertThat(rule(new ScoreSummary(shortAnswer, "1 of 1"))).startsWith("The score is the share of blanks answered right");
    }

    @Test
    void theStarterLabellingExerciseShowsItsRuleAfterASubmission() {
        long exerciseId = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals("label-posts-basics")).findFirst().orElseThrow().id();
        navigate("exercises/" + exerciseId, ExerciseView.class);
        Map<String, String> key = expectedLabels(keys.material(exerciseId).orElseThrow().keyTree());
        @SuppressWarnings("unchecked")
        Grid<DatasetRow> grid = $(Grid.class).id("dataset-grid");
        var tester = test(grid);
        // every item right but the last, given another label: 39 of 40 = 97.5 %, shown rounded
        int last = tester.size() - 1;
        for (int i = 0; i <= last; i++) {
            String right = key.get(tester.getRow(i).itemKey());
            LabelPicks.pick(tester, i, i < last ? right : key.values().stream().filter(l -> !l.equals(right)).findFirst()
                    .orElseThrow());
        }

        test($(Button.class).id("submit-answer")).click();

        assertThat($(Span.class).id("score").getText()).isEqualTo("98%");
        assertThat($(Span.class).id("scoring-rule").getText())
                .isEqualTo("Scored by accuracy: the share of items labelled right. A wrong label costs the same as a blank.");
    }

    private static String rule(Component feedback) {
        UI.getCurrent().add(feedback);
        try {
            return feedback.getElement().getChildren().flatMap(ScoringRuleShownTest::descendants)
                    .filter(e -> "scoring-rule".equals(e.getAttribute("id"))).findFirst()
                    .map(Element::getText).orElseThrow(() -> new AssertionError("no #scoring-rule"));
        } finally {
            UI.getCurrent().remove(feedback);
        }
    }

    private static Stream<Element> descendants(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(ScoringRuleShownTest::descendants));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> expectedLabels(Map<String, Object> keyTree) {
        Map<String, String> labels = new HashMap<>();
        for (Object item : (List<Object>) keyTree.get("items")) {
            Map<String, Object> entry = (Map<String, Object>) item;
            labels.put((String) entry.get("item"), (String) entry.get("label"));
        }
        return labels;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScoringRuleShownTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
