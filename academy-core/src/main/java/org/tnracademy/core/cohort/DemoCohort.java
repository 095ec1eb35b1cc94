package org.tnracademy.core.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the demo setup only ({@code academy.demo-cohort=true}, with the demo accounts and the starter
 * course): a cohort managed by the demo {@code manager} with the demo {@code analyst} enrolled, so a
 * cohort manager trying the academy sees learners at once; cohort managers see only their own
 * cohorts' learners. Made once, after the accounts (order 10) and the starter content (order 20).
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("academy.demo-cohort")
class DemoCohort implements ApplicationRunner {

    static final String NAME = "Demo cohort";
    private static final Logger log = LoggerFactory.getLogger(DemoCohort.class);

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortManagers managers;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoCohort(CohortRepository cohorts, CohortMemberRepository members, CohortManagers managers, JdbcClient jdbc,
               TransactionTemplate tx) {
        this.cohorts = cohorts;
        this.members = members;
        this.managers = managers;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cohorts.findByNameIgnoreCase(NAME).isPresent()) {
            return;
        }
        List<Long> courses = jdbc.sql("select id from course where published = true order by id").query(Long.class)
                .list();
        Optional<Long> analyst = accountId("analyst");
        if (courses.isEmpty() || analyst.isEmpty() || accountId("manager").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            tx.executeWithoutResult(status -> {
                Instant now = Instant.now();
                Cohort cohort = cohorts.saveAndFlush(new Cohort(new CohortDetails(NAME, today.minusDays(7),
                        today.plusWeeks(12), new LinkedHashSet<>(courses)), now));
                members.saveAndFlush(new CohortMember(cohort.id(), analyst.get(), now));
                managers.add(cohort.id(), "manager");
            });
            log.info("Created the demo cohort '{}': manager 'manager', learner 'analyst'", NAME);
        } catch (DataIntegrityViolationException anotherNode) {
            // a second node starting at the same moment made it: one is enough
        }
    }

    private Optional<Long> accountId(String username) {
        return jdbc.sql("select id from account where username = :username").param("username", username)
                .query(Long.class).optional();
    }
}
