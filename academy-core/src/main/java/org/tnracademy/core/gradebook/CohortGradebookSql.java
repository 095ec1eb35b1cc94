package org.tnracademy.core.gradebook;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tnracademy.core.cohort.CohortService;

/**
 * The learner lines of a cohort gradebook, filtered, ordered and paged by the database so a
 * cohort of thousands never comes into memory whole. A read model: it only reads the tables of
 * cohorts, accounts, standings and attempts, and runs unchanged on H2 and PostgreSQL.
 */
@Component
class CohortGradebookSql {

    /** Learner id, names, sum of standings, exercises graded, exercises waiting for review. */
    record Line(long learnerId, String username, String displayName, double total, int completed, int awaiting) {
    }

    private static final String FROM = """
            from cohort_member m
            join account a on a.id = m.learner_id
            left join (select learner_id, sum(score) as total, count(*) as done from exercise_progress
                       where exercise_id in (:exercises)
                         and learner_id in (select learner_id from cohort_member where cohort_id = :cohort)
                       group by learner_id) s on s.learner_id = m.learner_id
            left join (select learner_id, count(distinct exercise_id) as pending from attempt
                       where status = 'PENDING' and exercise_id in (:exercises)
                         and learner_id in (select learner_id from cohort_member where cohort_id = :cohort)
                       group by learner_id) p on p.learner_id = m.learner_id
            """;

    private final JdbcClient jdbc;

    CohortGradebookSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(long cohortId, List<Long> exerciseIds, GradebookQuery q) {
        return statement("select count(*) " + FROM + where(q), cohortId, exerciseIds, q)
                .query(Integer.class).single();
    }

    List<Line> lines(long cohortId, List<Long> exerciseIds, GradebookQuery q, int offset, int limit) {
        String sortJoin = q.sort() == GradebookSort.EXERCISE
                ? "left join exercise_progress sx on sx.learner_id = m.learner_id and sx.exercise_id = :sortExercise\n"
                : "";
        String sql = "select a.id, a.username, a.display_name, coalesce(s.total, 0), coalesce(s.done, 0), "
                + "coalesce(p.pending, 0) " + FROM + sortJoin + where(q) + orderBy(q)
                + " limit :limit offset :offset";
        JdbcClient.StatementSpec spec = statement(sql, cohortId, exerciseIds, q)
                .param("limit", Math.max(1, limit)).param("offset", Math.max(0, offset));
        if (q.sort() == GradebookSort.EXERCISE) {
            spec = spec.param("sortExercise", q.exerciseId());
        }
        return spec.query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                rs.getInt(5), rs.getInt(6))).list();
    }

    /** One learner's line, whatever the filters; empty when they are not in the cohort. */
    java.util.Optional<Line> line(long cohortId, List<Long> exerciseIds, long learnerId) {
        String sql = "select a.id, a.username, a.display_name, coalesce(s.total, 0), coalesce(s.done, 0), "
                + "coalesce(p.pending, 0) " + FROM + where(GradebookQuery.ALL) + " and m.learner_id = :learner";
        return statement(sql, cohortId, exerciseIds, GradebookQuery.ALL).param("learner", learnerId)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getInt(5), rs.getInt(6))).optional();
    }

    private JdbcClient.StatementSpec statement(String sql, long cohortId, List<Long> exerciseIds, GradebookQuery q) {
        // an empty IN list is not SQL: no exercise id is negative
        List<Long> ids = exerciseIds.isEmpty() ? List.of(-1L) : exerciseIds;
        return jdbc.sql(sql).param("cohort", cohortId).param("exercises", ids)
                .param("pattern", CohortService.pattern(q.text())).param("count", exerciseIds.size());
    }

    private static String where(GradebookQuery q) {
        String status = switch (q.status()) {
            case ANY -> "";
            case NOT_STARTED -> " and coalesce(s.done, 0) = 0 and coalesce(p.pending, 0) = 0";
            case IN_PROGRESS -> " and (coalesce(s.done, 0) > 0 or coalesce(p.pending, 0) > 0)"
                    + " and coalesce(s.done, 0) < :count";
            case COMPLETE -> " and :count > 0 and coalesce(s.done, 0) = :count";
            case AWAITING_REVIEW -> " and coalesce(p.pending, 0) > 0";
        };
        return " where m.cohort_id = :cohort"
                + " and (lower(a.display_name) like :pattern or lower(a.username) like :pattern)" + status;
    }

    /** Only fixed column names reach the SQL text; the exercise to sort by is a parameter. */
    private static String orderBy(GradebookQuery q) {
        String direction = q.descending() ? " desc" : " asc";
        String key = switch (q.sort()) {
            case NAME -> "a.display_name" + direction;
            case USERNAME -> "a.username" + direction;
            case OVERALL -> "coalesce(s.total, 0)" + direction;
            case COMPLETED -> "coalesce(s.done, 0)" + direction;
            case EXERCISE -> "sx.score" + direction + " nulls last";
        };
        return " order by " + key + ", a.display_name, a.id";
    }
}
