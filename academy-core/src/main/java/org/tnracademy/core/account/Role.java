package org.tnracademy.core.account;

/** What a person may do in the academy; one person may hold several. */
public enum Role {
    LEARNER, INSTRUCTOR, COHORT_MANAGER, ADMIN;

    /** Spring Security authority name, as used by {@code hasRole(...)}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
