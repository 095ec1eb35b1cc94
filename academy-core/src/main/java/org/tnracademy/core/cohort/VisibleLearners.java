package org.tnracademy.core.cohort;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The learners the signed-in person may see outside a cohort's own pages: every learner for
 * administrators and instructors, only the learners enrolled in a cohort they manage for anyone
 * else (so a cohort manager, and nobody for a person who manages no cohort). Filtered by the
 * database with an exists on cohort_member joined to cohort_manager. Callers are guarded services
 * (the global gradebook, course results, attempt records).
 */
@Component
public class VisibleLearners {

    private static final String IN_MY_COHORTS = """
            exists (select 1 from cohort_member m join cohort_manager c on c.cohort_id = m.cohort_id
                    where m.learner_id = a.id and c.username = :me)""";
    private static final String LEARNER = """
            exists (select 1 from account_role r where r.account_id = a.id and r.role = 'LEARNER')""";

    private final JdbcClient jdbc;
    private final CohortAccess access;

    VisibleLearners(JdbcClient jdbc, CohortAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Learners {@code offset} to {@code offset + limit - 1}, by display name. */
    public List<VisibleLearner> page(int offset, int limit) {
        return jdbc.sql("select a.id, a.username, a.display_name from account a where " + where()
                        + " order by a.display_name, a.id limit :limit offset :offset")
                .params(params()).param("limit", Math.max(1, limit)).param("offset", Math.max(0, offset))
                .query((rs, n) -> new VisibleLearner(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from account a where " + where()).params(params())
                .query(Long.class).single();
    }

    /** Of the given learners, those the signed-in person may see. */
    public Set<Long> among(Collection<Long> learnerIds) {
        if (access.seesEveryLearner() || learnerIds.isEmpty()) {
            return new HashSet<>(learnerIds);
        }
        // the learners of one's own cohorts: bounded by those cohorts, and no IN list of every id asked for
        Set<Long> mine = new HashSet<>(jdbc.sql("""
                        select distinct m.learner_id from cohort_member m
                        join cohort_manager c on c.cohort_id = m.cohort_id
                        where c.username = :me""")
                .param("me", access.username()).query(Long.class).list());
        mine.retainAll(new HashSet<>(learnerIds));
        return mine;
    }

    public boolean maySee(long learnerId) {
        if (access.seesEveryLearner()) {
            return true;
        }
        return jdbc.sql("select count(*) from account a where a.id = :learner and " + IN_MY_COHORTS)
                .param("learner", learnerId).param("me", access.username()).query(Integer.class).single() > 0;
    }

    private String where() {
        return access.seesEveryLearner() ? LEARNER : LEARNER + " and " + IN_MY_COHORTS;
    }

    private Map<String, Object> params() {
        return access.seesEveryLearner() ? Map.of() : Map.of("me", access.username());
    }
}
