package org.tnracademy.ui.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.tnracademy.core.account.Role;

/**
 * Keycloak's realm roles, as its {@code roles} claim carries them (see
 * deploy/keycloak/academy-realm.json), in the academy's terms. Roles the academy does not know
 * (Keycloak's own {@code offline_access}, {@code default-roles-academy}) grant nothing.
 */
final class KeycloakRoles {

    static final String CLAIM = "roles";

    private static final Map<String, Role> BY_REALM_ROLE = Map.of(
            "learner", Role.LEARNER,
            "instructor", Role.INSTRUCTOR,
            "cohort-manager", Role.COHORT_MANAGER,
            "admin", Role.ADMIN);

    private KeycloakRoles() {
    }

    /** The academy roles in a token's claims; none when the claim is missing or not a list. */
    static Set<Role> of(Map<String, Object> claims) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get(CLAIM) instanceof Collection<?> names) {
            for (Object name : names) {
                Role role = name == null ? null : BY_REALM_ROLE.get(name.toString());
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    static Set<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .collect(java.util.stream.Collectors.toSet());
    }
}
