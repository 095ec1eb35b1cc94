package org.tnracademy.core.gradebook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortProblem;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.AttemptRecords;
import org.tnracademy.core.grading.AttemptStatus;
import org.tnracademy.core.grading.AttemptTiming;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.progress.ExerciseStanding;
import org.tnracademy.core.progress.ProgressService;

/**
 * A cohort's gradebook: its learners by the exercises of its courses, with score, attempts, time
 * spent and status per cell. Learners are filtered, ordered and paged by the database; only the
 * cells of the page asked for are read.
 */
@Service
@Transactional(readOnly = true)
// each method takes the cohort's id: only its managers (and administrators) reach it; see CohortAccess.
@PreAuthorize("@cohortAccess.mayManage(#cohortId)")
public class CohortGradebookService {

    private final CohortService cohorts;
    private final ProgressService progress;
    private final AttemptRecords attempts;
    private final CohortGradebookSql sql;

    CohortGradebookService(CohortService cohorts, ProgressService progress,
                           AttemptRecords attempts, CohortGradebookSql sql) {
        this.cohorts = cohorts;
        this.progress = progress;
        this.attempts = attempts;
        this.sql = sql;
    }

    /** The exercises of the cohort's courses, course by course in catalogue order. */
    public List<CohortExercise> columns(long cohortId) {
        return cohorts.exercises(cohortId);
    }

    /** The page asked for, with the columns and the number of learners the query matches. */
    public GradebookPage page(long cohortId, GradebookQuery query, int offset, int limit) {
        List<CohortExercise> columns = columns(cohortId);
        return new GradebookPage(columns, rows(cohortId, columns, query, offset, limit),
                count(cohortId, columns, query));
    }

    /** How many learners of the cohort the query matches, for a lazy grid that has its columns. */
    public int count(long cohortId, List<CohortExercise> columns, GradebookQuery query) {
        return sql.count(cohortId, ids(columns), query);
    }

    /** A page of learner lines, for a lazy grid that has its columns (see {@link #columns}). */
    public List<CohortGradebookRow> rows(long cohortId, List<CohortExercise> columns, GradebookQuery query, int offset,
                                         int limit) {
        List<Long> exerciseIds = ids(columns);
        return withCells(sql.lines(cohortId, exerciseIds, query, offset, limit), exerciseIds);
    }

    /** One learner's line of the cohort gradebook; refused when they are not in the cohort. */
    public CohortGradebookRow row(long cohortId, List<CohortExercise> columns, long learnerId) {
        List<Long> exerciseIds = ids(columns);
        CohortGradebookSql.Line line = sql.line(cohortId, exerciseIds, learnerId)
                .orElseThrow(() -> notEnrolled(learnerId));
        return withCells(List.of(line), exerciseIds).getFirst();
    }

    private List<CohortGradebookRow> withCells(List<CohortGradebookSql.Line> lines, List<Long> exerciseIds) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Long> learnerIds = lines.stream().map(CohortGradebookSql.Line::learnerId).toList();
        Set<Long> wanted = new HashSet<>(exerciseIds);
        Map<Long, Map<Long, CellBuilder>> cells = new HashMap<>();
        for (ExerciseStanding s : progress.standingsOf(learnerIds)) {
            if (wanted.contains(s.exerciseId())) {
                cells.computeIfAbsent(s.learnerId(), k -> new HashMap<>())
                        .computeIfAbsent(s.exerciseId(), k -> new CellBuilder()).score = s.score();
            }
        }
        for (AttemptTiming t : attempts.timings(learnerIds, exerciseIds)) {
            CellBuilder cell = cells.computeIfAbsent(t.learnerId(), k -> new HashMap<>())
                    .computeIfAbsent(t.exerciseId(), k -> new CellBuilder());
            cell.attempts++;
            cell.spent = cell.spent.plus(t.spent());
            cell.pending |= t.status() == AttemptStatus.PENDING;
        }
        int n = exerciseIds.size();
        return lines.stream().map(l -> {
            Map<Long, CohortGradebookRow.Cell> row = new HashMap<>();
            cells.getOrDefault(l.learnerId(), Map.of()).forEach((exercise, b) -> row.put(exercise, b.build()));
            return new CohortGradebookRow(l.learnerId(), l.username(), l.displayName(), n == 0 ? 0 : l.total() / n,
                    l.completed(), row);
        }).toList();
    }

    /** One learner's attempts on an exercise of the cohort, newest first, with the feedback they saw. */
    public List<GradedAttempt> attempts(long cohortId, long learnerId, long exerciseId) {
        if (!cohorts.isMember(cohortId, learnerId)) {
            throw notEnrolled(learnerId);
        }
        return attempts.attemptsOf(learnerId, exerciseId);
    }

    private static CohortChangeRefusedException notEnrolled(long learnerId) {
        return new CohortChangeRefusedException(List.of(new CohortProblem(0, "learner",
                CohortProblem.Reason.NOT_ENROLLED, String.valueOf(learnerId))));
    }

    private static List<Long> ids(List<CohortExercise> columns) {
        return columns.stream().map(CohortExercise::exerciseId).distinct().toList();
    }

    private static final class CellBuilder {
        Double score;
        int attempts;
        Duration spent = Duration.ZERO;
        boolean pending;

        CohortGradebookRow.Cell build() {
            CellStatus status = score != null ? CellStatus.GRADED
                    : pending ? CellStatus.AWAITING_REVIEW : CellStatus.NOT_STARTED;
            return new CohortGradebookRow.Cell(score, attempts, spent, status);
        }
    }
}
