package org.tnracademy.core.cohort;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cohort_manager rows: which accounts (by username) manage which cohort. */
@Repository
class CohortManagers {

    private final JdbcClient jdbc;

    CohortManagers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean manages(long cohortId, String username) {
        return jdbc.sql("select count(*) from cohort_manager where cohort_id = :cohort and username = :username")
                .param("cohort", cohortId).param("username", username).query(Integer.class).single() > 0;
    }

    List<CohortManagerRow> of(long cohortId) {
        return jdbc.sql("""
                        select m.username, a.display_name
                        from cohort_manager m join account a on a.username = m.username
                        where m.cohort_id = :cohort
                        order by a.display_name, m.username""")
                .param("cohort", cohortId)
                .query((rs, n) -> new CohortManagerRow(rs.getString(1), rs.getString(2)))
                .list();
    }

    int count(long cohortId) {
        return jdbc.sql("select count(*) from cohort_manager where cohort_id = :cohort")
                .param("cohort", cohortId).query(Integer.class).single();
    }

    void add(long cohortId, String username) {
        jdbc.sql("insert into cohort_manager (cohort_id, username) values (:cohort, :username)")
                .param("cohort", cohortId).param("username", username).update();
    }

    int remove(long cohortId, String username) {
        return jdbc.sql("delete from cohort_manager where cohort_id = :cohort and username = :username")
                .param("cohort", cohortId).param("username", username).update();
    }

    /**
     * Locks the cohort's row until the transaction ends, so two managers removing each other at once
     * cannot leave the cohort with nobody.
     */
    void lock(long cohortId) {
        jdbc.sql("select id from cohort where id = :cohort for update").param("cohort", cohortId)
                .query(Long.class).list();
    }
}
