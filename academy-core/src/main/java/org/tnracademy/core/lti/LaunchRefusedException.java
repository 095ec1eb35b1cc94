package org.tnracademy.core.lti;

/**
 * A login initiation or launch the academy refused. The reason is for the person (worded in their
 * language by the UI, never showing the token); the message is for the log.
 */
public class LaunchRefusedException extends RuntimeException {

    public enum Reason {
        /** a parameter missing or too long */
        BAD_REQUEST,
        /** no registration for this issuer and client id */
        UNKNOWN_PLATFORM,
        /** the state is unknown, used already or expired */
        UNKNOWN_STATE,
        /** not a signed JWT, or a claim of the wrong shape */
        BAD_TOKEN,
        /** the signature does not verify with the platform's keys */
        BAD_SIGNATURE,
        /** the platform's keys could not be fetched */
        KEYS_UNREACHABLE,
        /** issued by another platform, or for another client */
        WRONG_AUDIENCE,
        /** expired, or issued in the future */
        EXPIRED,
        /** the nonce is not the one this login sent */
        WRONG_NONCE,
        /** the deployment is not registered for this platform */
        UNKNOWN_DEPLOYMENT,
        /** a message type or LTI version the academy does not take */
        UNSUPPORTED_MESSAGE,
        /** the LMS user's academy account was deactivated by an administrator */
        ACCOUNT_DEACTIVATED
    }

    private final Reason reason;

    public LaunchRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
