package org.tnracademy.core.lti;

import java.util.Map;
import java.util.Set;

import org.tnracademy.core.account.Role;

/**
 * A launch whose id token passed every check: what the academy uses of its claims. Strings are
 * bounded as read (see {@link LaunchValidator}).
 *
 * @param lineItemUrl    the AGS line item scores go to, when the platform offers one with the score scope
 * @param membershipsUrl the NRPS context memberships address, when offered
 * @param deepLinkReturnUrl where a deep linking response goes (deep linking requests only)
 * @param deepLinkData   the opaque {@code data} the response must echo, or null
 */
record LtiLaunch(LtiPlatform platform, String messageType, String deploymentId, String subject, String name,
                 String email, Set<Role> roles, String contextId, String contextTitle, String targetLinkUri,
                 Map<String, String> custom, String lineItemUrl, String membershipsUrl, String deepLinkReturnUrl,
                 String deepLinkData, String returnUrl) {

    boolean deepLinking() {
        return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    }
}
