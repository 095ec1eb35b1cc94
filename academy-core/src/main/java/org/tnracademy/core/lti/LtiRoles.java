package org.tnracademy.core.lti;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.tnracademy.core.account.Role;

/**
 * LTI roles (LIS vocabulary) to academy roles: a context Instructor is an instructor, a Learner an
 * analyst (learner). Nothing maps to cohort manager or administrator: an LMS cannot grant those.
 * A launch with no role the academy knows is a learner's.
 */
final class LtiRoles {

    private LtiRoles() {
    }

    static Set<Role> of(Collection<String> ltiRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : ltiRoles) {
            String simple = role.startsWith(LtiClaims.MEMBERSHIP) ? role.substring(LtiClaims.MEMBERSHIP.length())
                    : role; // LTI 1.3 also allows the short names
            if (simple.equals("Instructor")) {
                roles.add(Role.INSTRUCTOR);
            } else if (simple.equals("Learner")) {
                roles.add(Role.LEARNER);
            }
        }
        if (roles.isEmpty()) {
            roles.add(Role.LEARNER);
        }
        return roles;
    }
}
