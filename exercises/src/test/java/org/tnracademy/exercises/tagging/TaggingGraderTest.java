package org.tnracademy.exercises.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TaggingGraderTest {

    static final List<Object> CATALOGUE = list(
            technique("T0085", "TA06", "Develop text-based content"),
            technique("T0086", "TA06", "Develop image-based content"),
            technique("T0087", "TA06", "Develop video-based content"),
            technique("T0049", "TA17", "Flood information space"),
            technique("T0118", "TA17", "Amplify existing narrative"),
            technique("T0007", "TA15", "Create inauthentic social media pages and groups"),
            technique("T1430", "TA0035", "Location tracking"));

    static final TaggingSpec SPEC = TaggingSpec.fromMap(map("catalogue", CATALOGUE));

    /** A sexualized smear: a fabricated image, pushed by fake accounts flooding the target's mentions. */
    static final TaggingKey KEY = TaggingKey.fromMap(SPEC, map("techniques", list(
            map("id", "T0086", "explanation", text("The 'intimate' image is fabricated.")),
            map("id", "T0049", "explanation", text("Hundreds of replies bury the target's posts.")),
            map("id", "T0007", "explanation", text("The replies come from accounts made for the campaign.")))));

    private final TaggingGrader grader = new TaggingGrader();

    @Test
    void workedExampleGivesPartialCreditForTheRightTactic() {
        TaggingResult result = grade(SPEC, "T1430", "T0118", "T0086", "T0085");

        // K = {T0007, T0049, T0086}, tactics {TA15, TA17, TA06}; A = {T0085, T0086, T0118, T1430}
        // matched T0086 -> 1; T0085 (TA06) and T0118 (TA17) same tactic -> 0.5 each;
        // T1430 (TA0035) wrong -> 0; T0007, T0049 missed -> 0
        // |K ∪ A| = 6; score = (1 + 0.5 + 0.5) / 6 = 1/3
        assertThat(result.score()).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(result).extracting(TaggingResult::matchedCount, TaggingResult::missedCount,
                TaggingResult::sameTacticCount, TaggingResult::wrongCount).containsExactly(1, 2, 2, 1);
    }

    @Test
    void withNoSameTacticCreditTheScoreIsPlainJaccard() {
        TaggingSpec strict = TaggingSpec.fromMap(map("catalogue", CATALOGUE, "sameTacticCredit", 0));
        // |K ∩ A| / |K ∪ A| = 1 / 6
        assertThat(grade(strict, "T1430", "T0118", "T0086", "T0085").score()).isCloseTo(1.0 / 6.0, within(1e-12));
    }

    @Test
    void theRightTacticWithTheWrongTechniqueEarnsTheCreditOverTheUnion() {
        // K ∪ A = {T0007, T0049, T0085, T0086}: T0085 same tactic as T0086 -> 0.5 / 4
        assertThat(grade(SPEC, "T0085").score()).isCloseTo(0.125, within(1e-12));
        // a technique of a tactic the key lacks earns nothing: 0 / 4
        assertThat(grade(SPEC, "T1430").score()).isZero();
    }

    @Test
    void anExtraTechniqueOfAKeyTacticCostsLessThanAnUnrelatedOne() {
        // the key, plus T0087 (TA06): (3 + 0.5) / 4 = 0.875; plus T1430 (TA0035): 3 / 4
        assertThat(grade(SPEC, "T0086", "T0049", "T0007", "T0087").score()).isEqualTo(0.875);
        assertThat(grade(SPEC, "T0086", "T0049", "T0007", "T1430").score()).isEqualTo(0.75);
    }

    @Test
    void feedbackCoversTheKeyAndTheAnswerSortedByIdWithCatalogueNamesAndExplanations() {
        TaggingResult result = grade(SPEC, "T1430", "T0118", "T0086");
        assertThat(result.techniques()).extracting(TechniqueFeedback::techniqueId, TechniqueFeedback::outcome,
                TechniqueFeedback::credit).containsExactly(
                tuple("T0007", TagOutcome.MISSED, 0.0),
                tuple("T0049", TagOutcome.MISSED, 0.0),
                tuple("T0086", TagOutcome.MATCHED, 1.0),
                tuple("T0118", TagOutcome.SAME_TACTIC, 0.5),
                tuple("T1430", TagOutcome.WRONG, 0.0));
        TechniqueFeedback missed = result.techniques().get(1);
        assertThat(missed.tacticId()).isEqualTo("TA17");
        assertThat(missed.name().in(Locale.ENGLISH)).isEqualTo("Flood information space");
        assertThat(missed.explanation().in(Locale.FRENCH)).isEqualTo("Hundreds of replies bury the target's posts. (fr)");
        assertThat(result.techniques().get(4).explanation()).isNull();
    }

    @Test
    void answersReadFromATreeGradeLikeTheSameAnswerBuiltInJava() {
        TaggingAnswer read = TaggingAnswer.fromMap(SPEC, map("techniques", list("T0049", "T0085")));
        assertThat(grader.grade(SPEC, KEY, read)).isEqualTo(grade(SPEC, "T0085", "T0049"));
    }

    private TaggingResult grade(TaggingSpec spec, String... techniques) {
        return grader.grade(spec, KEY, TaggingAnswer.of(spec, List.of(techniques)));
    }

    static Map<String, Object> technique(String id, String tactic, String name) {
        return map("id", id, "tactic", tactic, "name", text(name));
    }
}
