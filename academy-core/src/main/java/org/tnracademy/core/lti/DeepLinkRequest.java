package org.tnracademy.core.lti;

import java.io.Serializable;

/**
 * What a deep linking response must carry back, kept in the instructor's session between the
 * launch and their choice.
 */
public record DeepLinkRequest(long platformId, String deploymentId, String returnUrl, String data)
        implements Serializable {
}
