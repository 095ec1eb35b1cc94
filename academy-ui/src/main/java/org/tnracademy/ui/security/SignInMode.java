package org.tnracademy.ui.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** How people sign in to this academy: with local accounts, or through Keycloak (profile {@value #KEYCLOAK_PROFILE}). */
@Component
public class SignInMode {

    /** The Spring profile that signs people in through Keycloak. */
    public static final String KEYCLOAK_PROFILE = "keycloak";

    private final boolean keycloak;

    SignInMode(Environment environment) {
        this.keycloak = environment.acceptsProfiles(Profiles.of(KEYCLOAK_PROFILE));
    }

    /** True when passwords are the academy's own: people change them here, not at Keycloak. */
    public boolean localAccounts() {
        return !keycloak;
    }
}
