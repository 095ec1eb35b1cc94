/**
 * Open Badges 3.0: with each certificate an OpenBadgeCredential signed as a VC-JWT with the
 * academy's Ed25519 key; the public keys as a JWK set, revocation as a Bitstring Status List, and
 * the checks a verifier makes (signature, issuer, revocation, expiry).
 */
package org.tnracademy.core.badge;
