package org.tnracademy.core.badge;

/**
 * The public addresses a badge names, all under the academy's own address (as the learner reached
 * it: behind a TLS proxy, the forwarded scheme and host). A verifier dereferences them: the
 * issuer's profile, each signing key (the JOSE {@code kid}), the set of all keys and the
 * revocation list.
 */
record IssuerAddresses(String base) {

    static final String ISSUER = "/badges/issuer";
    static final String KEYS = "/badges/keys.json";
    static final String KEY = "/badges/keys/";
    static final String STATUS_LIST = "/badges/status/revocation";
    static final String ACHIEVEMENT = "/badges/achievements/";

    /** @throws IllegalArgumentException unless it is an http(s) address without query or fragment */
    static IssuerAddresses of(String academyAddress) {
        String base = academyAddress == null ? "" : academyAddress.strip().replaceAll("/+$", "");
        if (base.length() > 200 || !base.matches("https?://[^\\s?#]+")) {
            throw new IllegalArgumentException("the academy's address must be an http(s) address");
        }
        return new IssuerAddresses(base);
    }

    String issuer() {
        return base + ISSUER;
    }

    String keys() {
        return base + KEYS;
    }

    String key(String thumbprint) {
        return base + KEY + thumbprint;
    }

    String statusList() {
        return base + STATUS_LIST;
    }

    String achievement(String courseSlug) {
        return base + ACHIEVEMENT + courseSlug;
    }
}
