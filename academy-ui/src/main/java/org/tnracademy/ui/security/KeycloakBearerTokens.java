package org.tnracademy.ui.security;

import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.tnracademy.core.account.ExternalIdentity;
import org.tnracademy.core.account.ExternalSignIns;
import org.tnracademy.core.account.Role;

/**
 * A Keycloak access token on /api as the academy reads it: the account linked to the token's
 * issuer and subject (named by it, so the services find it), with the token's realm roles. The
 * account is linked as at a browser sign-in, so a token works before its owner ever opened the
 * academy; its name is {@code preferred_username} unless another account had that name first.
 */
@Component
@Profile(SignInMode.KEYCLOAK_PROFILE)
class KeycloakBearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ExternalSignIns externalSignIns;

    KeycloakBearerTokens(ExternalSignIns externalSignIns) {
        this.externalSignIns = externalSignIns;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        ExternalIdentity identity;
        try {
            identity = KeycloakSecurityConfiguration.identity(
                    jwt.getIssuer() == null ? null : jwt.getIssuer().toString(), jwt.getClaims());
        } catch (OAuth2AuthenticationException e) {
            throw new InvalidBearerTokenException(e.getError().getDescription(), e);
        }
        String username = externalSignIns.linked(identity).username();
        Set<Role> roles = identity.roles();
        return new JwtAuthenticationToken(jwt, KeycloakRoles.authorities(roles), username);
    }
}
