package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.exercises.LocalizedText;

/** The rule of what is graded: texts per language are wording, everything else of spec, key, policy and dataset is graded. */
class GradedContentTest {

    private static final Map<String, Object> SPEC = Map.of("questions", List.of(Map.of("id", "q1", "kind", "single",
            "prompt", Map.of("en", "Which?", "fr", "Laquelle ?"),
            "options", List.of(Map.of("id", "a", "text", Map.of("en", "A")), Map.of("id", "b", "text", Map.of("en", "B"))))));
    private static final Map<String, Object> KEY = Map.of("questions", List.of(Map.of("id", "q1", "options", List.of(
            Map.of("id", "a", "correct", true, "explanation", Map.of("en", "Right.")),
            Map.of("id", "b", "correct", false, "explanation", Map.of("en", "Wrong."))))),
            "explanations", Map.of("item-1", Map.of("en", "Why.")));
    private static final AttemptPolicy POLICY = new AttemptPolicy(3, null, ScoringPolicy.BEST,
            List.of(new AttemptPolicy.Hint(LocalizedText.of("Look closer.", null), 0.1)));
    private static final List<CoursePack.Post> POSTS = List.of(new CoursePack.Post("p1", "x", "@a_syn", "en",
            Instant.parse("2025-01-01T00:00:00Z"), "A synthetic post."));

    private static GradedContent of(Map<String, Object> spec, Map<String, Object> key, AttemptPolicy policy,
                                    List<CoursePack.Post> posts) {
        return GradedContent.of("choice", spec, key, policy, posts);
    }

    @Test
    void rewordedPromptsOptionsExplanationsAndHintTextsGradeAlike() {
        Map<String, Object> spec = Map.of("questions", List.of(Map.of("id", "q1", "kind", "single",
                "prompt", Map.of("en", "Which one, exactly?"),
                "options", List.of(Map.of("id", "a", "text", Map.of("en", "A", "fr", "A")),
                        Map.of("id", "b", "text", Map.of("en", "B"))))));
        Map<String, Object> key = Map.of("questions", List.of(Map.of("id", "q1", "options", List.of(
                Map.of("id", "a", "correct", true, "explanation", Map.of("en", "Right, because.")),
                Map.of("id", "b", "correct", false)))));
        AttemptPolicy policy = new AttemptPolicy(3, null, ScoringPolicy.BEST,
                List.of(new AttemptPolicy.Hint(LocalizedText.of("Look at the sender.", "Regardez l'expéditeur."), 0.1)));

        assertThat(of(SPEC, KEY, POLICY, POSTS).changesTo(of(spec, key, policy, POSTS))).isEmpty();
    }

    @Test
    void eachGradedPartIsNamed() {
        GradedContent base = of(SPEC, KEY, POLICY, POSTS);
        Map<String, Object> otherKey = Map.of("questions", List.of(Map.of("id", "q1", "options", List.of(
                Map.of("id", "a", "correct", false, "explanation", Map.of("en", "Right.")),
                Map.of("id", "b", "correct", true, "explanation", Map.of("en", "Wrong."))))));
        Map<String, Object> otherSpec = Map.of("questions", List.of(Map.of("id", "q1", "kind", "multiple",
                "prompt", Map.of("en", "Which?"), "options", List.of(Map.of("id", "a", "text", Map.of("en", "A")),
                        Map.of("id", "b", "text", Map.of("en", "B"))))));

        assertThat(base.changesTo(of(SPEC, otherKey, POLICY, POSTS))).containsExactly(GradedContent.Part.KEY);
        assertThat(base.changesTo(of(otherSpec, KEY, POLICY, POSTS))).containsExactly(GradedContent.Part.SPEC);
        assertThat(base.changesTo(of(SPEC, KEY, new AttemptPolicy(3, null, ScoringPolicy.LAST, POLICY.hints()), POSTS)))
                .containsExactly(GradedContent.Part.ATTEMPT_RULES);
        assertThat(base.changesTo(of(SPEC, KEY, new AttemptPolicy(3, null, ScoringPolicy.BEST,
                List.of(new AttemptPolicy.Hint(LocalizedText.of("Look closer.", null), 0.2))), POSTS)))
                .as("a hint's cost").containsExactly(GradedContent.Part.ATTEMPT_RULES);
        assertThat(base.changesTo(of(SPEC, KEY, POLICY, List.of(new CoursePack.Post("p1", "x", "@a_syn", "en",
                Instant.parse("2025-01-01T00:00:00Z"), "A synthetic post, edited."))))).containsExactly(GradedContent.Part.DATASET);
        assertThat(base.changesTo(GradedContent.of("set-selection", SPEC, KEY, POLICY, POSTS)))
                .containsExactly(GradedContent.Part.TYPE);
    }

    @Test
    void onlyATextPerLanguageWithEnglishIsWording() {
        assertThat(GradedContent.isWording(Map.of("en", "A", "fr", "B"))).isTrue();
        assertThat(GradedContent.isWording(Map.of("id", "a"))).as("an id is graded").isFalse();
        assertThat(GradedContent.isWording(Map.of("en", "A", "weight", "2"))).isFalse();
        assertThat(GradedContent.isWording(Map.of("en", 2))).isFalse();
        assertThat(GradedContent.isWording("en")).isFalse();
    }

    @Test
    void numbersCompareByValueWhateverWroteThem() {
        Map<String, Object> yaml = Map.of("tolerance", 5, "answers", List.of(1, 2.5));
        Map<String, Object> form = Map.of("tolerance", 5.0, "answers", List.of(1L, 2.50));

        assertThat(GradedContent.withoutWording(yaml)).isEqualTo(GradedContent.withoutWording(form));
        assertThat(GradedContent.withoutWording(Map.of("accepted", List.of("5"))))
                .as("a text is not a number").isNotEqualTo(GradedContent.withoutWording(Map.of("accepted", List.of(5))));
    }
}
