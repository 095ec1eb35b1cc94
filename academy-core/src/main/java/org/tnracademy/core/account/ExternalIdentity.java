package org.tnracademy.core.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person as an external identity provider (Keycloak) vouches for them at sign-in.
 *
 * @param issuer      the provider's issuer URI; with the subject, links to the account
 * @param subject     the provider's stable id of the person ({@code sub}) at that issuer
 * @param username    the name they sign in with ({@code preferred_username}): their account's name when free
 * @param displayName how the academy shows them
 * @param roles       the academy roles the provider grants them now (may be none)
 */
public record ExternalIdentity(String issuer, String subject, String username, String displayName, Set<Role> roles) {

    /** What the account table holds. */
    public static final int MAX_USERNAME = 100;
    public static final int MAX_ISSUER = 300;
    public static final int MAX_SUBJECT = 255;

    public ExternalIdentity {
        if (issuer == null || issuer.isBlank() || issuer.length() > MAX_ISSUER) {
            throw new IllegalArgumentException("External identity has no issuer (iss claim) or one longer than "
                    + MAX_ISSUER + " characters");
        }
        if (subject != null && subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("External identity from " + issuer + " has a subject (sub claim) longer than "
                    + MAX_SUBJECT + " characters");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("External identity from " + issuer + " has no subject (sub claim)");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("External identity " + subject + " from " + issuer
                    + " has no username (preferred_username claim)");
        }
        if (username.length() > MAX_USERNAME) {
            throw new IllegalArgumentException("External identity " + subject + " from " + issuer
                    + " has a username longer than " + MAX_USERNAME + " characters");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (displayName.length() > AccountRules.MAX_NAME) {
            displayName = displayName.substring(0, AccountRules.MAX_NAME);
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}
