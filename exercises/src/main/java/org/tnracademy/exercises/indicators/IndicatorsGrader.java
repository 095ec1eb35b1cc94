package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.Metrics;

/**
 * Grades indicator matching by F1 over log lines: a line is a true positive only when claimed with
 * the indicator the key gives it. A claim on a decoy is a false positive like any other, and is
 * also counted apart so feedback can name over-claiming. Pure and deterministic: one pass over the
 * log with hash look-ups, no sort: linear in the number of lines (see {@code docs/benchmarks.md}).
 */
public final class IndicatorsGrader {

    public IndicatorsResult grade(IndicatorsSpec spec, IndicatorsKey key, IndicatorsAnswer answer) {
        Set<String> indicators = HashSet.newHashSet(spec.indicators().size());
        spec.indicators().forEach(i -> indicators.add(i.id()));
        Map<String, KeyHit> hits = HashMap.newHashMap(key.hits().size());
        key.hits().forEach(h -> hits.put(h.lineId(), h));
        Map<String, Decoy> decoys = HashMap.newHashMap(key.decoys().size());
        key.decoys().forEach(d -> decoys.put(d.lineId(), d));
        Map<String, String> claims = answer.indicatorByLine();
        int[] counts = new int[LineOutcome.values().length];
        List<LineFeedback> feedback = new ArrayList<>(spec.lines().size());
        int claimsSeen = 0;
        for (LogLine line : spec.lines()) {
            String id = line.id();
            String given = claims.get(id);
            if (given != null) {
                claimsSeen++;
                if (!indicators.contains(given)) {
                    throw invalid(spec, answer); // blank or not an indicator of the bundle
                }
            }
            KeyHit hit = hits.get(id);
            Decoy decoy = decoys.get(id);
            LineOutcome outcome = outcome(hit, decoy, given);
            counts[outcome.ordinal()]++;
            feedback.add(new LineFeedback(id, hit == null ? null : hit.indicatorId(), given, decoy != null,
                    outcome, hit != null ? hit.explanation() : decoy != null ? decoy.explanation() : null));
        }
        if (claimsSeen != claims.size()) {
            // a claim on a line that is not in the log, or an empty claim: validation names each
            throw invalid(spec, answer);
        }
        int found = counts[LineOutcome.HIT.ordinal()];
        int wrong = counts[LineOutcome.WRONG_INDICATOR.ordinal()];
        int missed = counts[LineOutcome.MISSED.ordinal()];
        int decoysClaimed = counts[LineOutcome.DECOY_CLAIMED.ordinal()];
        int falseClaims = decoysClaimed + counts[LineOutcome.FALSE_CLAIM.ordinal()];
        int falsePositives = wrong + falseClaims;
        int falseNegatives = wrong + missed;
        return new IndicatorsResult(Metrics.f1(found, falsePositives, falseNegatives),
                Metrics.precision(found, falsePositives), Metrics.recall(found, falseNegatives), found, wrong, missed,
                falseClaims, decoysClaimed, hits.size(), claims.size(), feedback);
    }

    private static InvalidAnswerException invalid(IndicatorsSpec spec, IndicatorsAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (problems.isEmpty()) {
            throw new IllegalStateException("the fast check refused an answer that validation accepts");
        }
        return new InvalidAnswerException(problems);
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
