package org.tnracademy.core.cohort;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tnracademy.core.account.Role;

/**
 * Who may see and act on a cohort, for {@code @PreAuthorize("@cohortAccess.mayManage(#cohortId)")}:
 * administrators always; cohort managers only on the cohorts they are listed for, so each
 * government's manager sees their own cohorts. A cohort that does not exist is let through for
 * cohort managers, so the method's own "not found" answers and an id tells nothing about others'
 * cohorts. Instructors read cohorts ({@link #mayRead}) to analyse items and check keys.
 */
@Component("cohortAccess")
public class CohortAccess {

    private final JdbcClient jdbc;
    private final CohortManagers managers;

    CohortAccess(JdbcClient jdbc, CohortManagers managers) {
        this.jdbc = jdbc;
        this.managers = managers;
    }

    /** May the signed-in person change the cohort, its members and managers, and read its learners' work. */
    public boolean mayManage(long cohortId) {
        Set<String> roles = roles();
        if (roles.contains(Role.ADMIN.authority())) {
            return true;
        }
        if (!roles.contains(Role.COHORT_MANAGER.authority())) {
            return false;
        }
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        return managers.manages(cohortId, me) || !exists(cohortId);
    }

    /** May the signed-in person read the cohort's analyses: its managers, administrators and instructors. */
    public boolean mayRead(long cohortId) {
        return roles().contains(Role.INSTRUCTOR.authority()) || mayManage(cohortId);
    }

    /** Whether the signed-in person sees every cohort (administrators and instructors), not only those they manage. */
    public boolean seesEveryCohort() {
        return seesEveryLearner();
    }

    /**
     * Whether the signed-in person sees every learner (administrators and instructors) rather than
     * only the learners of the cohorts they manage. Anyone else sees only those, and a person who
     * manages no cohort sees nobody.
     */
    public boolean seesEveryLearner() {
        Set<String> roles = roles();
        return roles.contains(Role.ADMIN.authority()) || roles.contains(Role.INSTRUCTOR.authority());
    }

    /** The signed-in person's username, as cohort_manager rows name them; empty when nobody is signed in. */
    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "" : auth.getName();
    }

    private boolean exists(long cohortId) {
        return jdbc.sql("select count(*) from cohort where id = :cohort").param("cohort", cohortId)
                .query(Integer.class).single() > 0;
    }

    private static Set<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
