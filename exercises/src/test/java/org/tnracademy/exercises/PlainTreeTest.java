package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem.Code;

class PlainTreeTest {

    private final PlainTree tree = new PlainTree("spec");

    @Test
    void readsTheValuesAParserGives() {
        assertThat(tree.wholeNumber(3, "a")).isEqualTo(3);
        assertThat(tree.wholeNumber(3L, "a")).isEqualTo(3);
        assertThat(tree.wholeNumber(3.0, "a")).isEqualTo(3);
        assertThat(tree.wholeNumber(new BigDecimal("3.00"), "a")).isEqualTo(3);
        assertThat(tree.number(new BigDecimal("0.25"), "a")).isEqualTo(0.25);
        assertThat(tree.string("post-001", "a")).isEqualTo("post-001");
        assertThat(tree.anyString("", "a")).isEmpty();
        assertThat(tree.localizedText(Map.of("en", "Address", "fr", "Adresse"), "a").in(java.util.Locale.FRENCH))
                .isEqualTo("Adresse");
        assertThat(tree.hasProblems()).isFalse();
    }

    @Test
    void readsInstantsWithAnOffsetFromTextOrFromADateObject() {
        Instant expected = Instant.parse("2025-03-04T20:30:00Z");
        assertThat(tree.instant("2025-03-04T21:30:00+01:00", "at")).isEqualTo(expected);
        assertThat(tree.instant("2025-03-04T20:30:00Z", "at")).isEqualTo(expected);
        assertThat(tree.instant(Date.from(expected), "at")).isEqualTo(expected);
        assertThat(tree.instant("2025-03-04T21:30:00", "at")).isNull();
        assertThat(tree.problems()).extracting(PlainTree.Problem::path, PlainTree.Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("at", Code.WRONG_TYPE));
    }

    @Test
    void everyWrongTypeIsRecordedWithItsPathAndReadingGoesOn() {
        assertThat(tree.wholeNumber("12", "spans[3].start")).isNull();
        assertThat(tree.wholeNumber(12.5, "spans[3].end")).isNull();
        assertThat(tree.number(Double.NaN, "minOverlap")).isNull();
        assertThat(tree.string(12, "posts[0].id")).isNull();
        assertThat(tree.string("  ", "posts[1].id")).isNull();
        assertThat(tree.list(Map.of(), "posts")).isNull();
        assertThat(tree.map(List.of(), "posts[2]")).isNull();
        assertThat(tree.localizedText(Map.of("fr", "Adresse"), "categories[0].title")).isNull();
        assertThat(tree.oneOf("cubic", "decay", List.of("linear", "exponential"))).isNull();
        assertThat(tree.problems()).extracting(PlainTree.Problem::path).containsExactly("spans[3].start",
                "spans[3].end", "minOverlap", "posts[0].id", "posts[1].id", "posts", "posts[2]",
                "categories[0].title", "decay");
        assertThat(tree.problems().getFirst().reason()).isEqualTo("must be a whole number, not the text '12'");
        assertThatThrownBy(tree::throwAsSpecProblems).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("9 problem(s)");
    }

    @Test
    void unknownFieldsAndTheMissingRootAreNamed() {
        Map<String, Object> map = new HashMap<>();
        map.put("minOverlapp", 0.3);
        tree.fields(map, "", Set.of("minOverlap"));
        tree.fields(null, "", Set.of());
        assertThat(tree.specProblems()).extracting(SpecProblem::toString).containsExactly(
                "minOverlapp: unknown field; expected one of [minOverlap]", "spec: is missing");
    }

    @Test
    void itemsThatCannotBeReadKeepTheirPlaceAsNull() {
        List<String> read = tree.items(List.of("a", 7, "c"), "ids", (t, node, at) -> t.string(node, at));
        assertThat(read).containsExactly("a", null, "c");
        assertThat(tree.answerProblems()).extracting(AnswerProblem::where).containsExactly("ids[1]");
    }
}
