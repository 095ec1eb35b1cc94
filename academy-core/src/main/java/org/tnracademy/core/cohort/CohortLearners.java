package org.tnracademy.core.cohort;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The learners of every cohort for instructors, who read every cohort (see {@link CohortAccess}):
 * to pick whose variant of an exercise to preview. Filtered and limited by the database.
 */
@Service
public class CohortLearners {

    /** As many as a picker shows; the filter finds the others. */
    public static final int MAX_LISTED = 200;

    private final JdbcClient jdbc;

    CohortLearners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Learners whose name or username holds the filter (blank for all), by cohort and name. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<CohortLearner> find(String filter, int limit) {
        return jdbc.sql("""
                        select a.id, a.display_name, c.name
                        from cohort_member m join account a on a.id = m.learner_id join cohort c on c.id = m.cohort_id
                        where lower(a.display_name) like :pattern or lower(a.username) like :pattern
                        order by c.name, a.display_name, a.id
                        limit :limit""")
                .param("pattern", CohortService.pattern(filter))
                .param("limit", Math.max(1, Math.min(limit, MAX_LISTED)))
                .query((rs, n) -> new CohortLearner(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
