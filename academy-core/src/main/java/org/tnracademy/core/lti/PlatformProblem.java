package org.tnracademy.core.lti;

/**
 * One thing wrong in a platform registration: the field and why, with the limit where one applies;
 * the UI words it in the reader's language.
 */
public record PlatformProblem(Field field, Reason reason, int limit) {

    public enum Field { ISSUER, CLIENT_ID, DEPLOYMENT_IDS, JWKS_URL, AUTH_URL, TOKEN_URL }

    public enum Reason {
        /** nothing there */
        MISSING,
        /** longer than {@link #limit()} characters (or, for deployment ids, more than that many) */
        TOO_LONG,
        /** not an absolute https address (http only for localhost) */
        NOT_HTTPS,
        /** another registration has this issuer and client id */
        TAKEN
    }
}
