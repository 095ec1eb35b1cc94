package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.TreeReader.Issue;

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

    @Test
    void readsTheValuesAParserGives() {
        TreeReader in = TreeReader.of(map("a", 3, "b", 3L, "c", 3.0, "d", new BigDecimal("3.00"),
                "share", new BigDecimal("0.25"), "id", "post-001", "text", "", "title", map("en", "Address",
                        "fr", "Adresse")));
        assertThat(List.of(in.integer("a"), in.integer("b"), in.integer("c"), in.integer("d"))).containsOnly(3);
        assertThat(in.number("share")).isEqualTo(0.25);
        assertThat(in.text("id")).isEqualTo("post-001");
        assertThat(in.text("text")).isEmpty();
        assertThat(in.localized("title").in(Locale.FRENCH)).isEqualTo("Adresse");
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void readsInstantsWithAnOffsetFromTextOrFromADateObject() {
        Instant expected = Instant.parse("2025-03-04T20:30:00Z");
        TreeReader in = TreeReader.of(map("a", "2025-03-04T21:30:00+01:00", "b", "2025-03-04T20:30:00Z",
                "c", Date.from(expected), "d", OffsetDateTime.parse("2025-03-04T15:30:00-05:00"),
                "e", "2025-03-04T21:30:00", "f", 20250304));
        assertThat(List.of(in.instant("a"), in.instant("b"), in.instant("c"), in.instant("d")))
                .containsOnly(expected);
        assertThat(in.instant("e")).isNull();
        assertThat(in.instant("f")).isNull();
        assertThat(in.instant("g")).isNull();
        assertThat(in.problems()).extracting(TreeReader.Problem::path, TreeReader.Problem::issue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e", Issue.WRONG_TYPE),
                org.assertj.core.groups.Tuple.tuple("f", Issue.WRONG_TYPE),
                org.assertj.core.groups.Tuple.tuple("g", Issue.MISSING));
        assertThat(in.problems().getFirst().reason())
                .isEqualTo("'2025-03-04T21:30:00' is not an ISO-8601 date-time with offset, such as "
                        + "2025-03-04T21:30:00+01:00 or 2025-03-04T20:30:00Z");
    }

    @Test
    void everyWrongTypeIsRecordedWithItsPathAndReadingGoesOn() {
        TreeReader in = TreeReader.of(map("spans", list(map("start", "12", "end", 12.5)), "minOverlap", Double.NaN,
                "posts", map(), "post", list(), "decay", "cubic", "exact", new BigDecimal("3.0000000000000001")));
        TreeReader span = in.objects("spans").getFirst();
        assertThat(span.integer("start")).isNull();
        assertThat(span.integer("end")).isNull();
        assertThat(in.number("minOverlap")).isNull();
        assertThat(in.objects("posts")).isEmpty();
        assertThat(in.child("post").text("id")).isNull();
        assertThat(in.oneOf("decay", List.of("linear", "exponential"))).isNull();
        assertThat(in.oneOf("error", List.of("absolute", "relative"))).isNull();
        assertThat(in.integer("exact")).isNull();
        assertThat(in.problems()).extracting(TreeReader.Problem::toString).containsExactly(
                "Problem[path=spans[0].start, issue=WRONG_TYPE, reason=must be a whole number, not the text '12']",
                "Problem[path=spans[0].end, issue=WRONG_TYPE, reason=must be a whole number, not the number 12.5]",
                "Problem[path=minOverlap, issue=INVALID, reason=must be a finite number, not NaN]",
                "Problem[path=posts, issue=WRONG_TYPE, reason=must be a list, not a map]",
                "Problem[path=post, issue=WRONG_TYPE, reason=must be a map, not a list]",
                "Problem[path=decay, issue=INVALID, reason='cubic' must be one of [linear, exponential]]",
                "Problem[path=error, issue=MISSING, reason=is required]",
                "Problem[path=exact, issue=WRONG_TYPE, reason=must be a whole number, not the number "
                        + "3.0000000000000001]");
    }

    @Test
    void aNumberTooLargeForAWholeNumberIsOutOfRange() {
        TreeReader in = TreeReader.of(map("a", -(1L << 40), "b", new java.math.BigInteger("99999999999999999999")));
        in.integer("a");
        in.integer("b");
        assertThatThrownBy(() -> in.failOnAnswerProblems(List.of()))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::toString).containsExactly(
                                "a: must be between -2147483648 and 2147483647, not the number -1099511627776",
                                "b: must be between -2147483648 and 2147483647, not the number 99999999999999999999"));
    }

    @Test
    void aFieldNoReadAskedForIsAnUnknownFieldNamedWithTheExpectedOnes() {
        TreeReader in = TreeReader.of(map("maxAtempts", 3, "title", map("en", "t")));
        assertThat(in.optionalInteger("maxAttempts", 1)).isEqualTo(1);
        in.localized("title");
        assertThatThrownBy(() -> in.failOnSpecProblems(List.of()))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("maxAtempts", "unknown field; expected one of [maxAttempts, title]")));
    }

    @Test
    void anUnknownFieldIsNamedJustBeforeTheProblemsItsNodeCaused() {
        TreeReader in = TreeReader.of(map("spans", list(
                map("post", "p1", "start", "0", "end", 4, "category", "address"),
                map("post", "p1", "start", 0, "end", 4, "catgory", "address")), "note", "x"));
        for (TreeReader s : in.objects("spans")) {
            s.text("post");
            s.integer("start");
            s.integer("end");
            s.text("category");
        }
        assertThatThrownBy(() -> in.failOnAnswerProblems(List.of(
                new AnswerProblem("spans[1].category", AnswerProblem.Code.MISSING_VALUE, "is required"),
                new AnswerProblem("spans[0].post", AnswerProblem.Code.UNKNOWN_ITEM, "'p1' is not a post"))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::toString).containsExactly(
                                "note: unknown field; expected one of [spans]",
                                "spans[0].start: must be a whole number, not the text '0'",
                                "spans[1].catgory: unknown field; expected one of [category, end, post, start]",
                                "spans[1].category: is required",
                                "spans[0].post: 'p1' is not a post"));
    }

    @Test
    void unknownFieldsCarryTheirOwnCodeInAnAnswer() {
        TreeReader in = TreeReader.of(map("chosen", list(), "chossen", list("a")));
        in.optionalTexts("chosen");
        assertThatThrownBy(() -> in.failOnAnswerProblems(List.of()))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("chossen",
                                AnswerProblem.Code.UNKNOWN_FIELD)));
    }

    @Test
    void allowedFieldsAndNodesOpenToOtherFieldsAreNotUnknown() {
        TreeReader in = TreeReader.of(map("exercise", "label-posts", "bundle", map("type", "bundle",
                "objects", list(map("type", "identity", "name", "CTI desk")))));
        in.allow("exercise");
        TreeReader bundle = in.child("bundle").allowOtherFields();
        for (TreeReader object : bundle.objects("objects")) {
            object.allowOtherFields().text("type");
        }
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void listingTheFieldsOfAMapOfIdsMakesThemAllKnown() {
        TreeReader in = TreeReader.of(map("picks", map("q1", list("a"), "q2", list())));
        TreeReader picks = in.optionalChild("picks");
        picks.fields().forEach(picks::optionalTexts);
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void aNonTextNameInAMapOfFixedFieldsIsAProblem() {
        Map<Object, Object> raw = new LinkedHashMap<>();
        raw.put("id", "q1");
        raw.put(true, "yes");
        @SuppressWarnings("unchecked")
        TreeReader in = TreeReader.of((Map<String, Object>) (Map<?, ?>) raw);
        in.text("id");
        assertThat(in.problems()).extracting(TreeReader.Problem::path, TreeReader.Problem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("true",
                        "the name must be text, not true (put the value in quotes to keep it as text)"));
    }

    @Test
    void readingANodeTwiceNamesEachProblemOnce() {
        TreeReader in = TreeReader.of(map("items", list(map("id", 7, "extra", 1), "x")));
        for (int round = 0; round < 2; round++) {
            in.objects("items").forEach(r -> r.text("id"));
        }
        assertThat(in.problems()).extracting(TreeReader.Problem::path)
                .containsExactly("items[1]", "items[0].extra", "items[0].id");
    }

    @Test
    void itemsThatCannotBeReadKeepTheirPlaceAsNull() {
        TreeReader in = TreeReader.of(map("ids", list("a", 7, "c")));
        assertThat(in.texts("ids")).containsExactly("a", null, "c");
        assertThat(in.problems()).extracting(TreeReader.Problem::path).containsExactly("ids[1]");
    }
}
