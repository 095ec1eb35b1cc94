package org.tnracademy.core.account;

import java.util.Set;

/** What other features and views may know of an account: never its password hash. */
public record AccountSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
