package org.tnracademy.core.lti;

/** A signed deep linking response and where the browser must post it (as the form field {@code JWT}). */
public record DeepLinkResponse(String returnUrl, String jwt) {
}
