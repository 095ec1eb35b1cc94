package org.tnracademy.exercises.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.tnracademy.exercises.indicators.IndicatorsExample.DROPPER;
import static org.tnracademy.exercises.indicators.IndicatorsExample.PHISH;
import static org.tnracademy.exercises.indicators.IndicatorsExample.SYNC;
import static org.tnracademy.exercises.indicators.IndicatorsExample.UPDATE;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;

class IndicatorsGraderTest {

    static final IndicatorsSpec SPEC = IndicatorsSpec.fromMap(IndicatorsExample.specMap());
    static final IndicatorsKey KEY = IndicatorsKey.fromMap(SPEC, IndicatorsExample.keyMap());

    private final IndicatorsGrader grader = new IndicatorsGrader();

    static IndicatorsAnswer workedAnswer() {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("line-01", UPDATE);   // hit
        claims.put("line-02", UPDATE);   // decoy: update-check.example.net
        claims.put("line-03", SYNC);     // hit
        claims.put("line-05", UPDATE);   // a true hit, but of the dropper indicator
        claims.put("line-06", PHISH);    // plain line
        // line-07 (cdn-sync.example) left unclaimed
        return new IndicatorsAnswer(claims);
    }

    @Test
    void workedExampleGivesF1OnLinesWithTheRightIndicator() {
        IndicatorsResult r = grader.grade(SPEC, KEY, workedAnswer());

        // 4 true hits (01, 03, 05, 07), 5 claims; right: 01, 03
        //   wrong indicator: 05; missed: 07; false claims: 02 (a decoy), 06
        //   P = 2/5, R = 2/4, F1 = 2*2 / (2*2 + 3 + 2) = 4/9
        assertThat(r).extracting(IndicatorsResult::hits, IndicatorsResult::wrongIndicator, IndicatorsResult::misses,
                IndicatorsResult::falseClaims, IndicatorsResult::decoysClaimed, IndicatorsResult::expectedHits,
                IndicatorsResult::claims).containsExactly(2, 1, 1, 2, 1, 4, 5);
        assertThat(r.precision()).isCloseTo(0.4, within(1e-12));
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.score()).isCloseTo(4.0 / 9.0, within(1e-12));
    }

    @Test
    void everyLineGetsFeedbackInLogOrder() {
        IndicatorsResult r = grader.grade(SPEC, KEY, workedAnswer());
        assertThat(r.lines()).extracting(LineFeedback::lineId, LineFeedback::outcome).containsExactly(
                tuple("line-01", LineOutcome.HIT),
                tuple("line-02", LineOutcome.DECOY_CLAIMED),
                tuple("line-03", LineOutcome.HIT),
                tuple("line-04", LineOutcome.DECOY_AVOIDED),
                tuple("line-05", LineOutcome.WRONG_INDICATOR),
                tuple("line-06", LineOutcome.FALSE_CLAIM),
                tuple("line-07", LineOutcome.MISSED),
                tuple("line-08", LineOutcome.DECOY_AVOIDED));
        LineFeedback wrong = r.lines().get(4);
        assertThat(wrong.expectedIndicator()).isEqualTo(DROPPER);
        assertThat(wrong.givenIndicator()).isEqualTo(UPDATE);
        assertThat(r.lines().get(1).decoy()).isTrue();
        assertThat(r.lines().get(1).explanation().in(java.util.Locale.ENGLISH)).contains("update-check.example.net");
        assertThat(r.lines().get(5).explanation()).isNull();
    }

    @Test
    void claimingEveryLineWithTheRightIndicatorWhereThereIsOneStillPaysForTheDecoys() {
        Map<String, String> claims = new HashMap<>();
        KEY.hits().forEach(h -> claims.put(h.lineId(), h.indicatorId()));
        claims.put("line-02", UPDATE);
        claims.put("line-04", SYNC);
        claims.put("line-08", PHISH);
        IndicatorsResult r = grader.grade(SPEC, KEY, new IndicatorsAnswer(claims));
        // P = 4/7, R = 1, F1 = 2*4 / (2*4 + 3) = 8/11
        assertThat(r.decoysClaimed()).isEqualTo(3);
        assertThat(r.score()).isCloseTo(8.0 / 11.0, within(1e-12));
    }

    @Test
    void everyInvalidClaimIsNamedAtOnce() {
        Map<String, String> claims = new HashMap<>();
        claims.put("line-01", UPDATE);
        claims.put("line-99", UPDATE);
        claims.put("line-03", "indicator--ffffffff-0000-4000-8000-000000000000");
        claims.put("line-05", " ");
        claims.put("line-06", null);
        assertThatThrownBy(() -> grader.grade(SPEC, KEY, new IndicatorsAnswer(claims)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("matches.line-03", Code.UNKNOWN_LABEL),
                                tuple("matches.line-05", Code.MISSING_VALUE),
                                tuple("matches.line-06", Code.MISSING_VALUE),
                                tuple("matches.line-99", Code.UNKNOWN_ITEM)));
    }
}
