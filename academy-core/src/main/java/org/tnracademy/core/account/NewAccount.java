package org.tnracademy.core.account;

import java.util.Set;

/** What an administrator types to create an account. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
