package org.tnracademy.ui.studio.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tnracademy.ui.testsupport.DocExamples;

/** What a form tells from a tree and its shape alone, without a browser. */
class ShapeCheckerTest {

    static List<String> problems(FormShape shape, String tree, String spec) {
        return ShapeChecker.check(shape, DocExamples.yaml(tree), spec == null ? Map.of() : DocExamples.yaml(spec))
                .stream().map(p -> p.path() + " " + p.messageKey() + " " + p.args()).toList();
    }

    @Test
    void aTimelineKeyNamesEachWrongEntryByItsPath() {
        assertThat(problems(ExerciseShapes.key("timeline"), """
                exercise: order-the-case
                events:
                  - {event: ev-a, at: "2025-03-04T21:30:00", explanation: {en: "CET."}}
                  - {event: ev-x, at: "2025-03-04T16:05:00-05:00", explanation: {fr: "UTC-5."}}
                """, "events: [{id: ev-a, text: A}, {id: ev-b, text: B}]")).containsExactly(
                "events[0].at shape.problem.rule.offset-date-time [2025-03-04T21:30:00]",
                "events[1].event shape.problem.unknown-reference [ev-x]",
                "events[1].explanation.en shape.problem.english-required []");
    }

    @Test
    void listsBelowTheirMinimumAndMissingRequiredFieldsAreNamed() {
        assertThat(problems(ExerciseShapes.spec("technique-tagging"), """
                sameTacticCredit: 1
                catalogue: [{id: T0085, tactic: TA6, name: {en: "Develop text-based content"}}]
                """, null)).containsExactly(
                "sameTacticCredit shape.problem.not-below [1]",
                "catalogue shape.problem.too-few [2, 1]",
                "catalogue[0].tactic shape.problem.rule.tactic-id [TA6]");
        assertThat(problems(ExerciseShapes.spec("short-answer"), "{}", null))
                .containsExactly("blanks shape.problem.required []");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tolerance: 2         | ",
            "tolerance: 0.1       | ",
            "tolerance: -1        | questions[0].tolerance shape.problem.below [0]",
            "tolerance: two       | questions[0].tolerance shape.problem.not-number [two]",
            "tolerance: '2'       | questions[0].tolerance shape.problem.not-number [2]"})
    void numbersAreCheckedForTheirKindAndRange(String tolerance, String expected) {
        List<String> found = problems(ExerciseShapes.spec("estimate"), """
                questions:
                  - {id: q1, kind: number, prompt: {en: "How many?"}, %s, zeroCredit: 5}
                """.formatted(tolerance), null);
        assertThat(found).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aSetSelectionKeyRefersToTheSpecsItemsOnceEach() {
        assertThat(problems(ExerciseShapes.key("set-selection"), """
                selected: [acct-01, acct-09, acct-01]
                explanations: {acct-07: {en: "Not an item."}}
                """, "items: [acct-01, acct-02]")).containsExactly(
                "selected[1] shape.problem.unknown-reference [acct-09]",
                "selected[2] shape.problem.twice [acct-01]",
                "explanations.acct-07 shape.problem.unknown-reference [acct-07]");
    }

    @Test
    void withoutASpecReferencesAreNotJudged() {
        assertThat(problems(ExerciseShapes.key("item-labelling"), "items: [{item: post-1, label: doxing}]", null))
                .isEmpty();
    }

    @Test
    void anUnknownTypeHasNoFormAndSaysWhichTypesDo() {
        assertThatThrownBy(() -> ExerciseShapes.spec("quiz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'quiz'").hasMessageContaining("choice");
    }

    @Test
    void anEstimatesPhotoAndMapLeftEmptyAreAbsentAndWhenGivenAreCheckedFieldByField() {
        String question = "{id: q1, kind: location, prompt: {en: \"Where?\"}, tolerance: 2, zeroCredit: 9%s}";
        assertThat(problems(ExerciseShapes.spec("estimate"), "questions: [" + question.formatted(", picture: {}")
                + "]\nmap: {}", null)).isEmpty();

        assertThat(problems(ExerciseShapes.spec("estimate"), "questions: ["
                + question.formatted(", picture: {alt: {fr: \"Une porte\"}}") + "]\n" + """
                map: {basemap: images/basemap.svg, alt: {en: "Marrowen"}, south: -95, west: -25.7, north: 41, \
                east: 181}
                """, null)).containsExactly(
                "questions[0].picture.file shape.problem.required []",
                "questions[0].picture.alt.en shape.problem.english-required []",
                "map.south shape.problem.below [-85]",
                "map.east shape.problem.above [180]");
    }
}
