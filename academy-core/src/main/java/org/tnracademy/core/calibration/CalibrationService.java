package org.tnracademy.core.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.calibration.Calibration;
import org.tnracademy.exercises.calibration.CalibrationPoint;
import org.tnracademy.exercises.calibration.OverClaiming;
import tools.jackson.core.type.TypeReference;

/**
 * Calibration over many attempts, from the claims stored with each graded attempt (the last grade
 * of each: a regrade recomputes them). Every graded attempt with a confidence counts, not only the
 * best: a claim is a claim, whichever attempt made the standing.
 */
@Service
@Transactional(readOnly = true)
public class CalibrationService {

    private static final TypeReference<List<List<Double>>> CLAIMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final CohortService cohorts;

    CalibrationService(JdbcClient jdbc, AccountService accounts, CohortService cohorts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cohorts = cohorts;
    }

    /** The signed-in learner's calibration over all their graded attempts with a confidence; empty when none. */
    @PreAuthorize("hasRole('LEARNER')")
    public Optional<Calibration> myCalibration() {
        List<CalibrationPoint> points = new ArrayList<>();
        jdbc.sql("""
                        select a.calibration_claims from attempt a
                        where a.learner_id = :learner and a.status = 'GRADED' and a.calibration_claims is not null
                        order by a.submitted_at, a.id""")
                .param("learner", accounts.currentId())
                .query(rs -> {
                    points.addAll(claims(rs.getString(1)));
                });
        return Optional.ofNullable(Calibration.of(points));
    }

    /**
     * The cohort's analysts who gave confidences on its exercises, those who over-claim most first,
     * each flagged as {@link OverClaiming} says. Read by those who read the cohort's dashboard.
     */
    @PreAuthorize("@cohortAccess.mayRead(#cohortId)")
    public List<AnalystCalibration> cohortCalibration(long cohortId) {
        List<Long> exerciseIds = cohorts.exercises(cohortId).stream().map(CohortExercise::exerciseId).distinct()
                .toList();
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CalibrationPoint>> byLearner = new LinkedHashMap<>();
        Map<Long, String[]> names = new HashMap<>();
        jdbc.sql("""
                        select a.learner_id, u.username, u.display_name, a.calibration_claims
                        from attempt a join account u on u.id = a.learner_id
                        where a.status = 'GRADED' and a.calibration_claims is not null
                          and a.exercise_id in (:exercises)
                          and a.learner_id in (select learner_id from cohort_member where cohort_id = :cohort)
                        order by a.learner_id, a.submitted_at, a.id""")
                .param("exercises", exerciseIds).param("cohort", cohortId)
                .query(rs -> {
                    long learner = rs.getLong(1);
                    names.putIfAbsent(learner, new String[] {rs.getString(2), rs.getString(3)});
                    byLearner.computeIfAbsent(learner, k -> new ArrayList<>()).addAll(claims(rs.getString(4)));
                });
        List<AnalystCalibration> out = new ArrayList<>();
        byLearner.forEach((learner, points) -> {
            Calibration c = Calibration.of(points);
            String[] name = names.get(learner);
            out.add(new AnalystCalibration(learner, name[0], name[1], points.size(), c.meanConfidence(),
                    c.meanOutcome(), c.score(), OverClaiming.flags(c)));
        });
        out.sort(Comparator.comparingDouble(AnalystCalibration::overClaim).reversed()
                .thenComparing(AnalystCalibration::username));
        return out;
    }

    private static List<CalibrationPoint> claims(String json) {
        return Json.read(json, CLAIMS).stream().map(c -> new CalibrationPoint(c.get(0), c.get(1))).toList();
    }
}
