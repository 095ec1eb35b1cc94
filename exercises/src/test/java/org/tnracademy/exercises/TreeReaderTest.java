package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TreeReaderTest {

    @Test
    void readsFieldsOfEveryTypeWithTheirPaths() {
        Map<String, Object> tree = map("id", "q1", "points", 3, "weight", 0.25, "open", true,
                "title", map("en", "Title", "fr", "Titre"), "items", list(map("id", "a"), map("id", "b")),
                "tags", list("x", "y"));
        TreeReader in = TreeReader.of(tree);

        assertThat(in.text("id")).isEqualTo("q1");
        assertThat(in.integer("points")).isEqualTo(3);
        assertThat(in.optionalNumber("weight", 0.5)).isEqualTo(0.25);
        assertThat(in.flag("open")).isTrue();
        assertThat(in.localized("title")).isEqualTo(LocalizedText.of("Title", "Titre"));
        assertThat(in.objects("items")).extracting(r -> r.text("id")).containsExactly("a", "b");
        assertThat(in.objects("items")).extracting(TreeReader::path).containsExactly("items[0]", "items[1]");
        assertThat(in.texts("tags")).containsExactly("x", "y");
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void missingFieldsAndWrongTypesAreAllCollectedWithTheirPaths() {
        Map<String, Object> tree = map("points", "three", "open", "yes", "title", "just text",
                "items", list(map("id", 7), "not a map", null), "tags", list("x", 2));
        TreeReader in = TreeReader.of(tree);

        in.text("id");
        in.integer("points");
        in.flag("open");
        in.localized("title");
        in.objects("items").forEach(r -> r.text("id"));
        in.texts("tags");

        assertThat(in.problems()).extracting(TreeReader.Problem::path).containsExactly(
                "id", "points", "open", "title", "items[1]", "items[2]", "items[0].id", "tags[1]");
        assertThat(in.problems().getFirst().reason()).isEqualTo("is required");
        assertThat(in.problems().get(1).reason()).isEqualTo("must be a whole number, not the text 'three'");
    }

    @Test
    void aValueThatYamlReadAsADateIsNamedWithAHintToQuoteIt() {
        TreeReader in = TreeReader.of(map("value", new Date(0)));
        assertThat(in.text("value")).isNull();
        assertThat(in.problems().getFirst().reason()).contains("must be text, not a date", "quotes");
    }

    @Test
    void checkedProblemsAlreadyReportedAtTheSamePathOrUnderItAreDropped() {
        TreeReader in = TreeReader.of(map("options", list("oops")));
        in.objects("options");
        List<SpecProblem> checked = List.of(new SpecProblem("options[0].id", "must not be blank"),
                new SpecProblem("options[0]", "is required"), new SpecProblem("options[1]", "is required"));

        assertThatThrownBy(() -> in.failOnSpecProblems(checked))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .containsExactly(new SpecProblem("options[0]", "must be a map, not the text 'oops'"),
                                new SpecProblem("options[1]", "is required")));
    }

    @Test
    void answerProblemsCarryACodeForTheirKind() {
        TreeReader in = TreeReader.of(map("chosen", 3));
        in.texts("chosen");
        in.text("text");
        assertThatThrownBy(() -> in.failOnAnswerProblems(List.of()))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::code)
                        .containsExactly(AnswerProblem.Code.WRONG_TYPE, AnswerProblem.Code.MISSING_VALUE));
    }

    @Test
    void aNullTreeIsOneProblemAndReadsNothingMore() {
        TreeReader in = TreeReader.of(null);
        assertThat(in.text("id")).isNull();
        assertThat(in.objects("items")).isEmpty();
        assertThat(in.problems()).extracting(TreeReader.Problem::path).containsExactly("(root)");
    }

    @Test
    void oneOfNamesTheAllowedValuesAndFallsBack() {
        TreeReader in = TreeReader.of(map("metric", "f2"));
        assertThat(in.oneOf("metric", List.of("f1", "jaccard"), "f1")).isEqualTo("f1");
        assertThat(in.problems().getFirst().reason()).isEqualTo("'f2' must be one of [f1, jaccard]");
    }

    @Test
    void wholeNumbersMayComeAsAnyNumberTypeAParserProduces() {
        TreeReader in = TreeReader.of(map("a", 3L, "b", 3.0, "c", new java.math.BigDecimal("3"), "d", 3.5,
                "e", 1L << 40));
        assertThat(List.of(in.integer("a"), in.integer("b"), in.integer("c"))).containsOnly(3);
        assertThat(in.integer("d")).isNull();
        assertThat(in.integer("e")).isNull();
        assertThat(in.problems()).extracting(TreeReader.Problem::path).containsExactly("d", "e");
    }

    @Test
    void aFieldNameThatIsNotTextIsAProblem() {
        Map<Object, Object> raw = new java.util.LinkedHashMap<>();
        raw.put("q1", "a");
        raw.put(2, "b");
        @SuppressWarnings("unchecked")
        TreeReader in = TreeReader.of((Map<String, Object>) (Map<?, ?>) raw);
        assertThat(in.fields()).containsExactly("q1");
        assertThat(in.problems()).extracting(TreeReader.Problem::path).containsExactly("2");
    }
}
