package org.tnracademy.core.lti;

/**
 * What an administrator types to register a platform; deployment ids one per line (or separated by
 * commas). Checked by {@link PlatformRules}.
 */
public record PlatformForm(String issuer, String clientId, String deploymentIds, String jwksUrl, String authUrl,
                           String tokenUrl) {
}
