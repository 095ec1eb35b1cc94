package org.tnracademy.core.lti;

/**
 * An OIDC third-party login initiation as the platform sends it (GET or POST): {@code iss},
 * {@code login_hint}, {@code target_link_uri}, {@code lti_message_hint}, {@code client_id},
 * {@code lti_deployment_id}. Only the first three are required by the specification.
 */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, String messageHint, String clientId,
                           String deploymentId) {

    /** Longest parameter the academy reads: LMSs' hints are short opaque strings. */
    static final int MAX_PARAMETER = 2048;
}
