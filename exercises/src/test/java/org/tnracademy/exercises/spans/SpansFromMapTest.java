package org.tnracademy.exercises.spans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** Reading spec, key and answer from the plain tree a YAML or JSON parser gives. */
class SpansFromMapTest {

    static final String TEXT = "Mira lives at 14 Quay Lane. Call +00 555 0147.";

    static Map<String, Object> specMap() {
        return Map.of(
                "categories", List.of(
                        Map.of("id", "address", "title", Map.of("en", "Address", "fr", "Adresse")),
                        Map.of("id", "phone", "title", Map.of("en", "Phone number"))),
                "posts", List.of(Map.of("id", "post-001", "text", TEXT)),
                "minOverlap", 0.6);
    }

    @Test
    void readsASpecKeyAndAnswer() {
        SpansSpec spec = SpansSpec.fromMap(specMap());
        assertThat(spec.categoryIds()).containsExactly("address", "phone");
        assertThat(spec.posts()).containsExactly(new Post("post-001", TEXT));
        assertThat(spec.minOverlap()).isEqualTo(0.6);

        SpansKey key = SpansKey.fromMap(spec, Map.of("exercise", "spans-basics", "spans", List.of(
                Map.of("post", "post-001", "start", 14, "end", 26, "category", "address",
                        "explanation", Map.of("en", "A home address locates her.")))));
        assertThat(key.spans()).singleElement().extracting(KeySpan::start, KeySpan::end).containsExactly(14, 26);

        SpansAnswer answer = SpansAnswer.fromMap(spec, Map.of("spans", List.of(
                Map.of("post", "post-001", "start", 14L, "end", 26.0, "category", "address"))));
        assertThat(answer.spans()).containsExactly(new MarkedSpan("post-001", 14, 26, "address"));
        assertThat(new SpansGrader().grade(spec, key, answer).score()).isEqualTo(1.0);
    }

    @Test
    void minOverlapDefaultsToOneHalfAndAnAnswerWithoutSpansMarksNothing() {
        Map<String, Object> map = new LinkedHashMap<>(specMap());
        map.remove("minOverlap");
        SpansSpec spec = SpansSpec.fromMap(map);
        assertThat(spec.minOverlap()).isEqualTo(0.5);
        assertThat(SpansAnswer.fromMap(spec, Map.of()).spans()).isEmpty();
    }

    @Test
    void everyProblemOfASpecIsNamedAtOnce() {
        Map<String, Object> map = Map.of(
                "categories", List.of(
                        Map.of("id", "Address", "title", Map.of("en", "Address")),
                        Map.of("id", "phone", "title", Map.of("fr", "Téléphone")),
                        Map.of("id", "email", "title", Map.of("en", "E-mail")),
                        Map.of("id", "email", "title", Map.of("en", "E-mail again")),
                        "phone"),
                "posts", List.of(Map.of("id", "p1", "text", TEXT), Map.of("id", "p1", "text", "again"),
                        Map.of("id", 7, "text", "x"), Map.of("id", "p4")),
                "minOverlap", 1.5,
                "colour", "red");
        assertThatThrownBy(() -> SpansSpec.fromMap(map)).isInstanceOfSatisfying(InvalidSpecException.class, e ->
                assertThat(e.problems()).extracting(SpecProblem::field).containsExactlyInAnyOrder(
                        "colour", "categories[0].id", "categories[1].title.en", "categories[3].id", "categories[4]",
                        "posts[1].id", "posts[2].id", "posts[3].text", "minOverlap"));
        assertThatThrownBy(() -> SpansSpec.fromMap(Map.of("categories", List.of(Map.of("id", "phone",
                "title", Map.of("en", "Phone"))), "posts", List.of(Map.of("id", "p1", "text", TEXT)),
                "minOverlapp", 0.9))).hasMessageContaining(
                "minOverlapp: unknown field; expected one of [categories, minOverlap, posts]");
        assertThatThrownBy(() -> SpansSpec.fromMap(Map.of("posts", List.of(), "minOverlap", "half")))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::toString).containsExactlyInAnyOrder(
                                "categories: is required",
                                "posts: at least one post is required",
                                "minOverlap: must be a number, not the text 'half'"));
        assertThatThrownBy(() -> SpansSpec.fromMap(null)).hasMessageContaining("(root): is required");
    }

    @Test
    void aMinOverlapOfZeroIsRefusedBecauseEverythingWouldMatch() {
        assertThatThrownBy(() -> SpansSpec.of(List.of(SpansGraderTest.category("phone")),
                List.of(new Post("p", "x")), 0.0)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("minOverlap: 0.0 must be more than 0 and at most 1");
    }

    @Test
    void everyProblemOfAKeyIsNamedAtOnce() {
        SpansSpec spec = SpansSpec.fromMap(specMap());
        Map<String, Object> map = Map.of("spans", List.of(
                span("post-999", 0, 4, "address", true),
                span("post-001", 0, 4, "passport", true),
                span("post-001", 30, 99, "phone", true),
                span("post-001", 14, 26, "address", false),
                span("post-001", 20, 24, "address", true),
                Map.of("post", "post-001", "start", "14", "end", 26, "category", "address",
                        "explanation", Map.of("en", "x")),
                span("post-001", 14, 22, "address", true)));
        assertThatThrownBy(() -> SpansKey.fromMap(spec, map)).isInstanceOfSatisfying(InvalidSpecException.class, e ->
                assertThat(e.problems()).extracting(SpecProblem::field).containsExactly(
                        "spans[3].explanation", "spans[5].start", "spans[0].post",
                        "spans[1].category", "spans[2].end", "spans[4]", "spans[6]"));
        assertThatThrownBy(() -> SpansKey.fromMap(spec, Map.of("spans", List.of())))
                .hasMessageContaining("spans: the key marks no span");
    }

    @Test
    void everyProblemOfAnAnswerIsNamedWithItsPath() {
        SpansSpec spec = SpansSpec.fromMap(specMap());
        Map<String, Object> map = Map.of("spans", List.of(
                Map.of("post", "post-001", "start", "14", "end", 26.5, "category", "address"),
                Map.of("post", "post-001", "start", 0, "end", 4, "catgory", "address"),
                Map.of("post", "post-002", "start", 0, "end", 4, "category", "address"),
                "post-001:0-4"));
        assertThatThrownBy(() -> SpansAnswer.fromMap(spec, map)).isInstanceOfSatisfying(InvalidAnswerException.class,
                e -> assertThat(e.problems()).extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                        tuple("spans[3]", Code.WRONG_TYPE),
                        tuple("spans[0].start", Code.WRONG_TYPE),
                        tuple("spans[0].end", Code.WRONG_TYPE),
                        tuple("spans[1].catgory", Code.UNKNOWN_FIELD),
                        tuple("spans[1].category", Code.MISSING_VALUE),
                        tuple("spans[2].post", Code.UNKNOWN_ITEM)));
        assertThatThrownBy(() -> SpansAnswer.fromMap(spec, Map.of("spans", "all of them")))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems().getFirst())
                        .hasToString("spans: must be a list, not the text 'all of them'"));
    }

    static Map<String, Object> span(String post, int start, int end, String category, boolean explained) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("post", post);
        m.put("start", start);
        m.put("end", end);
        m.put("category", category);
        if (explained) {
            m.put("explanation", Map.of("en", "why"));
        }
        return m;
    }
}
