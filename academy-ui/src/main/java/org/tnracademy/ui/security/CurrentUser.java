package org.tnracademy.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;
import org.tnracademy.core.account.Role;

/** The signed-in person as views need to know them: name and roles, and signing out. */
@Component
public class CurrentUser {

    private final AuthenticationContext auth;
    private final SignInMode mode;

    CurrentUser(AuthenticationContext auth, SignInMode mode) {
        this.auth = auth;
        this.mode = mode;
    }

    /** True when the password is the academy's to change (local accounts), not Keycloak's. */
    public boolean managesOwnPassword() {
        return mode.localAccounts() && auth.isAuthenticated();
    }

    public boolean has(Role role) {
        return auth.hasRole(role.name());
    }

    public String username() {
        return auth.getPrincipalName().orElse("");
    }

    public void signOut() {
        auth.logout();
    }
}
