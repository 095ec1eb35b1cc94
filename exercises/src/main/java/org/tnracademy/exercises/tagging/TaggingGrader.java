package org.tnracademy.exercises.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;

/**
 * Grades technique tagging by Jaccard over techniques, with partial credit for the right tactic.
 *
 * <p>With K the key's techniques, A the answer's, M = K ∩ A, S the techniques of A \ K whose
 * tactic is the tactic of some technique of K, and w the spec's same-tactic credit (0 ≤ w < 1):
 * <pre>score = (|M| + w·|S|) / |K ∪ A|</pre>
 * With w = 0 this is plain Jaccard. Each technique of the union adds 1 to the denominator and at
 * most 1 to the numerator, so the score lies in [0, 1]; it is 1 only when A = K, since w < 1 and
 * a missed technique adds nothing. K is never empty, so neither is the union.
 * Pure and deterministic. The key must come from {@link TaggingKey#validated} or
 * {@link TaggingKey#fromMap} against the same spec.
 */
public final class TaggingGrader {

    public TaggingResult grade(TaggingSpec spec, TaggingKey key, TaggingAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        Set<String> expected = key.techniqueIds();
        Set<String> tagged = answer.techniqueSet();
        Set<String> keyTactics = new HashSet<>();
        expected.forEach(id -> keyTactics.add(spec.technique(id).tacticId()));
        TreeSet<String> union = new TreeSet<>(expected);
        union.addAll(tagged);

        List<TechniqueFeedback> feedback = new ArrayList<>(union.size());
        int[] counts = new int[TagOutcome.values().length];
        double credit = 0;
        for (String id : union) {
            Technique technique = spec.technique(id);
            TagOutcome outcome = outcome(expected.contains(id), tagged.contains(id),
                    keyTactics.contains(technique.tacticId()));
            double earned = switch (outcome) {
                case MATCHED -> 1.0;
                case SAME_TACTIC -> spec.sameTacticCredit();
                case MISSED, WRONG -> 0.0;
            };
            credit += earned;
            counts[outcome.ordinal()]++;
            TechniqueKey entry = key.technique(id);
            feedback.add(new TechniqueFeedback(id, technique.tacticId(), technique.name(), outcome, earned,
                    entry == null ? null : entry.explanation()));
        }
        return new TaggingResult(credit / union.size(), feedback, counts[TagOutcome.MATCHED.ordinal()],
                counts[TagOutcome.MISSED.ordinal()], counts[TagOutcome.SAME_TACTIC.ordinal()],
                counts[TagOutcome.WRONG.ordinal()]);
    }

    private static TagOutcome outcome(boolean inKey, boolean tagged, boolean keyTactic) {
        if (inKey) {
            return tagged ? TagOutcome.MATCHED : TagOutcome.MISSED;
        }
        return keyTactic ? TagOutcome.SAME_TACTIC : TagOutcome.WRONG;
    }
}
