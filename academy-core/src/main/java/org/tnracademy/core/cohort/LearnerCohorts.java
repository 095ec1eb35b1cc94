package org.tnracademy.core.cohort;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;

/**
 * What a learner may know of their own cohorts: when the courses assigned to them are due (a
 * cohort's courses are due on its last day). Nothing of other members or of the cohort's results.
 */
@Service
@Transactional(readOnly = true)
public class LearnerCohorts {

    private final AccountService accounts;
    private final JdbcClient jdbc;

    LearnerCohorts(AccountService accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The caller's courses with a due date, the earliest first (a course in two cohorts appears twice). */
    @PreAuthorize("hasRole('LEARNER')")
    public List<CourseDueDate> myDueDates() {
        return jdbc.sql("""
                        select cc.course_id, co.name, co.ends_on from cohort_member m
                        join cohort co on co.id = m.cohort_id
                        join cohort_course cc on cc.cohort_id = co.id
                        where m.learner_id = :learner
                        order by co.ends_on, co.name""")
                .param("learner", accounts.currentId())
                .query((rs, n) -> new CourseDueDate(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }
}
