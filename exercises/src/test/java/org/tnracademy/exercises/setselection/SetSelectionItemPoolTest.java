package org.tnracademy.exercises.setselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.VariantDraw;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.exercises.variant.VariantTrees;

class SetSelectionItemPoolTest {

    /** Twelve accounts, the first four of the campaign. */
    private static final List<String> ACCOUNTS = List.of("acct-01", "acct-02", "acct-03", "acct-04", "acct-05",
            "acct-06", "acct-07", "acct-08", "acct-09", "acct-10", "acct-11", "acct-12");
    private static final Set<String> CAMPAIGN = Set.of("acct-01", "acct-02", "acct-03", "acct-04");
    private static final Map<String, Object> SPEC = Map.of("items", ACCOUNTS, "metric", "f1");
    private static final Map<String, Object> KEY = Map.of("exercise", "find-the-network",
            "selected", List.of("acct-01", "acct-02", "acct-03", "acct-04"),
            "explanations", Map.of("acct-02", Map.of("en", "Created with acct-03."),
                    "acct-09", Map.of("en", "Shares the hashtag in its own words: a decoy.")));
    private static final VariantPolicy SIX = new VariantPolicy(6, null, 20250617L);

    private final SetSelectionItemPool pool = new SetSelectionItemPool();
    private final SetSelectionType type = new SetSelectionType();

    private List<String> variantOf(long learner) {
        return VariantDraw.draw(SIX, pool.pool(SPEC, KEY, List.of(), null), 1, learner);
    }

    @Test
    void theSameSeedAndLearnerDrawTheSameAccountsAndOtherLearnersOthers() {
        assertThat(variantOf(41)).isEqualTo(variantOf(41)).hasSize(6).doesNotHaveDuplicates();
        Set<Set<String>> variants = new HashSet<>();
        for (long learner = 1; learner <= 10; learner++) {
            variants.add(Set.copyOf(variantOf(learner)));
        }
        assertThat(variants).hasSizeGreaterThan(5);
    }

    @Test
    void everyLearnerGetsTheCampaignsShareOfAccountsThoughThePolicyNamesNoStratum() {
        assertThat(pool.pool(SPEC, KEY, List.of(), null)).filteredOn(i -> i.stratum().equals("in-set"))
                .extracting(PoolItem::id).containsExactlyInAnyOrderElementsOf(CAMPAIGN);
        for (long learner = 1; learner <= 50; learner++) {
            // 6 of 12 accounts, 4 of them in the set: 2 of the set and 4 others for everyone
            assertThat(variantOf(learner).stream().filter(CAMPAIGN::contains)).as("learner %d", learner).hasSize(2);
        }
    }

    @Test
    void aVariantIsGradedAgainstTheKeyRestrictedToItsAccounts() {
        List<String> items = variantOf(7);
        VariantTrees variant = pool.restrict(SPEC, KEY, items);

        assertThat(variant.specTree().get("items")).isEqualTo(items);
        assertThat(variant.specTree().get("metric")).isEqualTo("f1");
        List<String> mine = items.stream().filter(CAMPAIGN::contains).toList();
        assertThat(new HashSet<>((List<?>) variant.keyTree().get("selected"))).isEqualTo(new HashSet<>(mine));
        assertThat(((Map<?, ?>) variant.keyTree().get("explanations")).keySet()).allMatch(items::contains);
        type.check(variant.specTree(), variant.keyTree());
        assertThat(type.gradeTrees(variant.specTree(), variant.keyTree(), Map.of("chosen", mine)).score())
                .isEqualTo(1.0);
        // one of the set found of two: F1 = 2·1 / (2·1 + 0 + 1)
        assertThat(type.gradeTrees(variant.specTree(), variant.keyTree(), Map.of("chosen", mine.subList(0, 1)))
                .score()).isEqualTo(2.0 / 3);
    }

    @Test
    void anAccountOfAnotherVariantIsNamedWithItsPlaceInTheAnswer() {
        List<String> items = variantOf(7);
        String foreign = ACCOUNTS.stream().filter(a -> !items.contains(a)).findFirst().orElseThrow();
        VariantTrees variant = pool.restrict(SPEC, KEY, items);
        List<String> chosen = new ArrayList<>(List.of(items.getFirst(), foreign));

        assertThat(pool.answeredItems(Map.of("chosen", chosen)))
                .isEqualTo(new LinkedHashMap<>(Map.of(items.getFirst(), "chosen[0]", foreign, "chosen[1]")));
        assertThatThrownBy(() -> type.gradeTrees(variant.specTree(), variant.keyTree(), Map.of("chosen", chosen)))
                .isInstanceOf(InvalidAnswerException.class);
    }
}
