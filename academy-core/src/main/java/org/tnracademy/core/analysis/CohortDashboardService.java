package org.tnracademy.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.exercises.curriculum.RepressionForm;

/**
 * The cohort dashboard's figures. Reads, with plain SQL that runs on H2 and PostgreSQL alike, the
 * standings of the cohort's members on the cohort's exercises (one row per pair graded) and the
 * day each pair was first graded.
 */
@Service
@Transactional(readOnly = true)
// each method takes the cohort's id: its managers, administrators and instructors read it; see CohortAccess.
@PreAuthorize("@cohortAccess.mayRead(#cohortId)")
public class CohortDashboardService {

    private final CohortService cohorts;
    private final CatalogService catalog;
    private final JdbcClient jdbc;

    CohortDashboardService(CohortService cohorts, CatalogService catalog, JdbcClient jdbc) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    public CohortDashboard dashboard(long cohortId) {
        List<Long> exerciseIds = cohorts.exercises(cohortId).stream().map(CohortExercise::exerciseId).distinct()
                .toList();
        List<Long> learnerIds = cohorts.learnerIds(cohortId);
        int n = exerciseIds.size();
        Map<Long, Map<Long, Double>> standings = standings(cohortId, exerciseIds);

        int[] bins = new int[CohortDashboard.SCORE_BINS];
        double[] overall = new double[learnerIds.size()];
        for (int i = 0; i < learnerIds.size(); i++) {
            double sum = standings.getOrDefault(learnerIds.get(i), Map.of()).values().stream()
                    .mapToDouble(Double::doubleValue).sum();
            overall[i] = n == 0 ? 0 : sum / n;
            bins[CohortDashboard.bin(overall[i], CohortDashboard.SCORE_BINS)]++;
        }
        Arrays.sort(overall);
        double mean = Arrays.stream(overall).average().orElse(0);
        double median = overall.length == 0 ? 0 : overall.length % 2 == 1 ? overall[overall.length / 2]
                : (overall[overall.length / 2 - 1] + overall[overall.length / 2]) / 2;

        List<FormCompetency> forms = competency(exerciseIds, learnerIds.size(), standings);
        List<CompletionDay> completion = completion(cohortId, exerciseIds, (long) learnerIds.size() * n);
        return new CohortDashboard(learnerIds.size(), n, Arrays.stream(bins).boxed().toList(), mean, median, forms,
                completion);
    }

    private List<FormCompetency> competency(List<Long> exerciseIds, int learners,
                                            Map<Long, Map<Long, Double>> standings) {
        Map<Long, List<String>> formsOf = catalog.formsOf(exerciseIds);
        Set<String> forms = new LinkedHashSet<>(RepressionForm.ids());
        formsOf.values().forEach(forms::addAll);
        List<FormCompetency> out = new ArrayList<>();
        for (String form : forms) {
            Set<Long> trained = new LinkedHashSet<>();
            formsOf.forEach((exercise, fs) -> {
                if (fs.contains(form)) {
                    trained.add(exercise);
                }
            });
            double sum = 0;
            int count = 0;
            int[] bands = new int[CohortDashboard.BANDS];
            for (Map<Long, Double> learner : standings.values()) {
                double own = 0;
                int ownCount = 0;
                for (Map.Entry<Long, Double> s : learner.entrySet()) {
                    if (trained.contains(s.getKey())) {
                        own += s.getValue();
                        ownCount++;
                    }
                }
                if (ownCount > 0) {
                    sum += own;
                    count += ownCount;
                    bands[CohortDashboard.bin(own / ownCount, CohortDashboard.BANDS)]++;
                }
            }
            long possible = (long) learners * trained.size();
            out.add(new FormCompetency(form, trained.size(), count == 0 ? null : sum / count, count,
                    possible == 0 ? 0 : (double) count / possible, Arrays.stream(bands).boxed().toList()));
        }
        return out;
    }

    /** Standing by exercise, by learner, for the cohort's members on its exercises. */
    private Map<Long, Map<Long, Double>> standings(long cohortId, List<Long> exerciseIds) {
        Map<Long, Map<Long, Double>> out = new HashMap<>();
        if (exerciseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select p.learner_id, p.exercise_id, p.score from exercise_progress p
                        where p.exercise_id in (:exercises)
                          and p.learner_id in (select learner_id from cohort_member where cohort_id = :cohort)""")
                .param("exercises", exerciseIds).param("cohort", cohortId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
                });
        return out;
    }

    private List<CompletionDay> completion(long cohortId, List<Long> exerciseIds, long possible) {
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        List<CompletionDay> out = new ArrayList<>();
        int[] running = {0};
        jdbc.sql("""
                        select d, count(*) from (
                            select cast(min(a.submitted_at) as date) as d from attempt a
                            where a.status = 'GRADED' and a.exercise_id in (:exercises)
                              and a.learner_id in (select learner_id from cohort_member where cohort_id = :cohort)
                            group by a.learner_id, a.exercise_id) firsts
                        group by d order by d""")
                .param("exercises", exerciseIds).param("cohort", cohortId)
                .query(rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    int completed = rs.getInt(2);
                    running[0] += completed;
                    out.add(new CompletionDay(day, completed, running[0],
                            possible == 0 ? 0 : (double) running[0] / possible));
                });
        return out;
    }
}
