package org.tnracademy.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;
import org.tnracademy.core.account.Role;

/** The signed-in person as views need to know them: name and roles, and signing out. */
@Component
public class CurrentUser {

    private final AuthenticationContext auth;

    CurrentUser(AuthenticationContext auth) {
        this.auth = auth;
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
