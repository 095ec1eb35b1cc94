package org.tnracademy.core.gradebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tnracademy.core.cohort.CohortService;

/**
 * The learner lines of a cohort gradebook, filtered, ordered and paged by the database so a
 * cohort of thousands never comes into memory whole. A read model: it only reads the tables of
 * cohorts, accounts, standings and attempts, and runs unchanged on H2 and PostgreSQL.
 * <p>
 * Ordered by name with no status filter, only the page's learners get their totals; ordering by
 * totals or filtering by status groups every member's standings in one pass. Joins only: H2
 * re-runs a derived table for each outer row, which made the first version quadratic.
 */
@Component
class CohortGradebookSql {

    /** Learner id, names, sum of standings and exercises graded on the cohort's exercises. */
    record Line(long learnerId, String username, String displayName, double total, int completed) {
    }

    private static final String MEMBERS = """
            from cohort_member m
            join account a on a.id = m.learner_id
            """;
    private static final String SORT_JOIN =
            " left join exercise_progress sx on sx.learner_id = m.learner_id and sx.exercise_id = :sortExercise";
    private static final String STANDINGS_JOIN =
            " left join exercise_progress p on p.learner_id = m.learner_id and p.exercise_id in (:exercises)";
    private static final String PENDING = "exists (select 1 from attempt t where t.learner_id = a.id"
            + " and t.status = 'PENDING' and t.exercise_id in (:exercises))";
    private static final String NAME_FILTER = " where m.cohort_id = :cohort"
            + " and (lower(a.display_name) like :pattern or lower(a.username) like :pattern)";

    private final JdbcClient jdbc;

    CohortGradebookSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(long cohortId, List<Long> exerciseIds, GradebookQuery q) {
        String sql = q.status() == LearnerStatus.ANY
                ? "select count(*) " + MEMBERS + NAME_FILTER
                : "select count(*) from (select a.id " + MEMBERS + STANDINGS_JOIN + NAME_FILTER
                        + " group by a.id" + having(q) + ") g";
        return statement(sql, cohortId, exerciseIds, q).query(Integer.class).single();
    }

    List<Line> lines(long cohortId, List<Long> exerciseIds, GradebookQuery q, int offset, int limit) {
        boolean exerciseSort = q.sort() == GradebookSort.EXERCISE;
        boolean grouped = q.status() != LearnerStatus.ANY || q.sort() == GradebookSort.OVERALL
                || q.sort() == GradebookSort.COMPLETED;
        String sql;
        if (grouped) {
            sql = "select a.id, a.username, a.display_name, coalesce(sum(p.score), 0), count(p.id)"
                    + (exerciseSort ? ", sx.score" : "") + " " + MEMBERS + STANDINGS_JOIN
                    + (exerciseSort ? SORT_JOIN : "") + NAME_FILTER
                    + " group by a.id, a.username, a.display_name" + (exerciseSort ? ", sx.score" : "")
                    + having(q) + orderBy(q) + " limit :limit offset :offset";
        } else {
            sql = "select a.id, a.username, a.display_name, 0, 0 " + MEMBERS + (exerciseSort ? SORT_JOIN : "")
                    + NAME_FILTER + orderBy(q) + " limit :limit offset :offset";
        }
        JdbcClient.StatementSpec spec = statement(sql, cohortId, exerciseIds, q)
                .param("limit", Math.max(1, limit)).param("offset", Math.max(0, offset));
        if (exerciseSort) {
            spec = spec.param("sortExercise", q.exerciseId());
        }
        List<Line> lines = spec.query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getDouble(4), rs.getInt(5))).list();
        return grouped ? lines : withTotals(lines, exerciseIds);
    }

    /** One learner's line, whatever the filters; empty when they are not in the cohort. */
    Optional<Line> line(long cohortId, List<Long> exerciseIds, long learnerId) {
        String sql = "select a.id, a.username, a.display_name, 0, 0 " + MEMBERS
                + " where m.cohort_id = :cohort and m.learner_id = :learner";
        return jdbc.sql(sql).param("cohort", cohortId).param("learner", learnerId)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), 0, 0)).optional()
                .map(l -> withTotals(List.of(l), exerciseIds).getFirst());
    }

    /** Sum of standings and exercises graded for the learners of one page. */
    private List<Line> withTotals(List<Line> lines, List<Long> exerciseIds) {
        if (lines.isEmpty()) {
            return lines;
        }
        Map<Long, double[]> totals = new HashMap<>();
        jdbc.sql("""
                        select learner_id, sum(score), count(*) from exercise_progress
                        where learner_id in (:learners) and exercise_id in (:exercises)
                        group by learner_id""")
                .param("learners", lines.stream().map(Line::learnerId).toList())
                .param("exercises", ids(exerciseIds))
                .query(rs -> {
                    totals.put(rs.getLong(1), new double[] {rs.getDouble(2), rs.getInt(3)});
                });
        return lines.stream().map(l -> {
            double[] t = totals.getOrDefault(l.learnerId(), new double[] {0, 0});
            return new Line(l.learnerId(), l.username(), l.displayName(), t[0], (int) t[1]);
        }).toList();
    }

    private JdbcClient.StatementSpec statement(String sql, long cohortId, List<Long> exerciseIds, GradebookQuery q) {
        return jdbc.sql(sql).param("cohort", cohortId).param("exercises", ids(exerciseIds))
                .param("pattern", CohortService.pattern(q.text())).param("count", exerciseIds.size());
    }

    /** An empty IN list is not SQL: no exercise id is negative. */
    private static List<Long> ids(List<Long> exerciseIds) {
        return exerciseIds.isEmpty() ? List.of(-1L) : exerciseIds;
    }

    private static String having(GradebookQuery q) {
        return switch (q.status()) {
            case ANY -> "";
            case NOT_STARTED -> " having count(p.id) = 0 and not " + PENDING;
            case IN_PROGRESS -> " having (count(p.id) > 0 or " + PENDING + ") and count(p.id) < :count";
            case COMPLETE -> " having :count > 0 and count(p.id) = :count";
            case AWAITING_REVIEW -> " having " + PENDING;
        };
    }

    /** Only fixed column names reach the SQL text; the exercise to sort by is a parameter. */
    private static String orderBy(GradebookQuery q) {
        String direction = q.descending() ? " desc" : " asc";
        String key = switch (q.sort()) {
            case NAME -> "a.display_name" + direction;
            case USERNAME -> "a.username" + direction;
            case OVERALL -> "coalesce(sum(p.score), 0)" + direction;
            case COMPLETED -> "count(p.id)" + direction;
            case EXERCISE -> "sx.score" + direction + " nulls last";
        };
        return " order by " + key + ", a.display_name, a.id";
    }
}
