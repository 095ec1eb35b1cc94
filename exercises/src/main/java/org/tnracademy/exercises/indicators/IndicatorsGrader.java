package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.Metrics;

/**
 * Grades indicator matching by F1 over log lines: a line is a true positive only when claimed with
 * the indicator the key gives it. A claim on a decoy is a false positive like any other, and is
 * also counted apart so feedback can name over-claiming. Pure and deterministic: one pass over the
 * log.
 */
public final class IndicatorsGrader {

    public IndicatorsResult grade(IndicatorsSpec spec, IndicatorsKey key, IndicatorsAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        Map<String, KeyHit> hits = key.hitsByLine();
        Map<String, Decoy> decoys = key.decoysByLine();
        Map<String, String> claims = answer.indicatorByLine();
        Map<LineOutcome, Integer> counts = new EnumMap<>(LineOutcome.class);
        List<LineFeedback> feedback = new ArrayList<>(spec.lines().size());
        for (LogLine line : spec.lines()) {
            KeyHit hit = hits.get(line.id());
            Decoy decoy = decoys.get(line.id());
            String given = claims.get(line.id());
            LineOutcome outcome = outcome(hit, decoy, given);
            counts.merge(outcome, 1, Integer::sum);
            feedback.add(new LineFeedback(line.id(), hit == null ? null : hit.indicatorId(), given, decoy != null,
                    outcome, hit != null ? hit.explanation() : decoy != null ? decoy.explanation() : null));
        }
        int found = counts.getOrDefault(LineOutcome.HIT, 0);
        int wrong = counts.getOrDefault(LineOutcome.WRONG_INDICATOR, 0);
        int missed = counts.getOrDefault(LineOutcome.MISSED, 0);
        int decoysClaimed = counts.getOrDefault(LineOutcome.DECOY_CLAIMED, 0);
        int falseClaims = decoysClaimed + counts.getOrDefault(LineOutcome.FALSE_CLAIM, 0);
        int falsePositives = wrong + falseClaims;
        int falseNegatives = wrong + missed;
        return new IndicatorsResult(Metrics.f1(found, falsePositives, falseNegatives),
                Metrics.precision(found, falsePositives), Metrics.recall(found, falseNegatives), found, wrong, missed,
                falseClaims, decoysClaimed, hits.size(), claims.size(), feedback);
    }

    private static LineOutcome outcome(KeyHit hit, Decoy decoy, String given) {
        if (hit != null) {
            return given == null ? LineOutcome.MISSED
                    : given.equals(hit.indicatorId()) ? LineOutcome.HIT : LineOutcome.WRONG_INDICATOR;
        }
        if (decoy != null) {
            return given == null ? LineOutcome.DECOY_AVOIDED : LineOutcome.DECOY_CLAIMED;
        }
        return given == null ? LineOutcome.CLEAR : LineOutcome.FALSE_CLAIM;
    }
}
