package org.tnracademy.core.badge;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.certificate.CertificateService;
import org.tnracademy.core.certificate.CertifiedCompletion;

/**
 * Open Badges 3.0 for certificates: the learner's badge (issued with their certificate, once, and
 * kept as signed), the public revocation status list, and the checks a verifier makes: signature
 * against the published keys, issuer, revocation and expiry. A revoked certificate's badge is
 * revoked by the same act: its bit in the status list is read from the certificate.
 */
@Service
public class BadgeService {

    /** The largest badge accepted for checking: an issued one is about 3 KB. */
    public static final int MAX_TOKEN_CHARS = 16_384;

    private final CertificateService certificates;
    private final BadgeKeys keys;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    BadgeService(CertificateService certificates, BadgeKeys keys, JdbcClient jdbc, TransactionTemplate tx) {
        this.certificates = certificates;
        this.keys = keys;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = Clock.systemUTC();
    }

    /**
     * The caller's badge for a course, issued with (or after) their certificate on the first call;
     * the same badge on every later one.
     *
     * @param academyAddress the academy's address as the learner reached it (for example
     *                       {@code https://academy.example}): the badge's addresses are under it
     * @throws org.tnracademy.core.certificate.CertificateRefusedException as the certificate is refused
     */
    @PreAuthorize("hasRole('LEARNER')")
    public BadgeFile myBadge(long courseId, String academyAddress) {
        IssuerAddresses at = IssuerAddresses.of(academyAddress);
        CertifiedCompletion c = certificates.myCertifiedCompletion(courseId);
        String jwt = stored(c.certificateId()).orElseGet(() -> issue(c, at));
        try {
            return new BadgeFile(jwt, VcJwt.json(VcJwt.verify(jwt, keys.byAddress(issuedUnder(jwt).orElse(at))).claims()),
                    "badge-" + c.courseSlug());
        } catch (VcJwt.RefusedException e) {
            throw new IllegalStateException("a stored badge does not verify: " + e.refusal, e);
        }
    }

    /**
     * Checks the badge issued with the certificate of this id (typed or scanned) against the
     * addresses it was issued under; empty when there is no such certificate or no badge was
     * issued with it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<BadgeCheck> checkCertificate(String verificationId) {
        return certificates.certified(verificationId).flatMap(c -> stored(c.certificateId()))
                .flatMap(jwt -> issuedUnder(jwt).map(at -> check(jwt, at.base())));
    }

    /**
     * Checks a badge as a verifier would: its size, form, signature against the academy's published
     * keys, issuer, revocation status and validity period.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public BadgeCheck check(String token, String academyAddress) {
        if (token == null || token.isBlank()) {
            return BadgeCheck.refused(BadgeCheck.Outcome.MALFORMED);
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            return BadgeCheck.refused(BadgeCheck.Outcome.TOO_LARGE);
        }
        if (token.strip().split("\\.", -1).length != 3) {
            return BadgeCheck.refused(BadgeCheck.Outcome.MALFORMED);
        }
        IssuerAddresses at = IssuerAddresses.of(academyAddress);
        VcJwt.Verified v;
        try {
            v = VcJwt.verify(token, keys.byAddress(at));
        } catch (VcJwt.RefusedException e) {
            return BadgeCheck.refused(switch (e.refusal) {
                case MALFORMED -> BadgeCheck.Outcome.MALFORMED;
                case UNKNOWN_KEY -> BadgeCheck.Outcome.UNKNOWN_KEY;
                case BAD_SIGNATURE -> BadgeCheck.Outcome.BAD_SIGNATURE;
            });
        }
        Map<String, Object> claims = v.claims();
        Object issuer = claims.get("issuer");
        boolean issuerValid = at.issuer().equals(claims.get("iss")) && issuer instanceof Map<?, ?> profile
                && at.issuer().equals(profile.get("id"));
        Optional<Integer> index = statusIndex(claims.get("credentialStatus"), at);
        boolean revoked = index.map(i -> StatusList.isSet(encodedStatusList(), i)).orElse(false);
        Instant from = instant(claims.get("validFrom"));
        Instant until = instant(claims.get("validUntil"));
        Instant now = clock.instant();
        BadgeCheck.Outcome outcome;
        if (!issuerValid || index.isEmpty() || from == null) {
            outcome = BadgeCheck.Outcome.WRONG_ISSUER;
        } else if (revoked) {
            outcome = BadgeCheck.Outcome.REVOKED;
        } else if (until != null && !now.isBefore(until)) {
            outcome = BadgeCheck.Outcome.EXPIRED;
        } else if (now.isBefore(from)) {
            outcome = BadgeCheck.Outcome.NOT_YET_VALID;
        } else {
            outcome = BadgeCheck.Outcome.VALID;
        }
        return new BadgeCheck(outcome, true, issuerValid, revoked, from, until, achievementName(claims));
    }

    /**
     * The revocation status list as a signed Bitstring Status List credential (a VC-JWT), one bit
     * per badge, set when its certificate was revoked.
     */
    @PreAuthorize("permitAll()")
    @Transactional // not read-only: signing makes a key when the stored one cannot be opened
    public String statusListCredential(String academyAddress) {
        IssuerAddresses at = IssuerAddresses.of(academyAddress);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(OpenBadgeCredential.VC_CONTEXT));
        vc.put("id", at.statusList());
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", OpenBadgeCredential.issuer(at));
        vc.put("validFrom", now.toString());
        vc.put("credentialSubject", Map.of("id", at.statusList() + "#list", "type", "BitstringStatusList",
                "statusPurpose", "revocation", "encodedList", encodedStatusList()));
        vc.put("iss", at.issuer());
        vc.put("iat", now.getEpochSecond());
        return sign(vc, at);
    }

    /** The issuer's profile as its address serves it: the academy, and where its keys are. */
    @PreAuthorize("permitAll()")
    public String issuerProfile(String academyAddress) {
        IssuerAddresses at = IssuerAddresses.of(academyAddress);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", List.of(OpenBadgeCredential.VC_CONTEXT, OpenBadgeCredential.OB_CONTEXT));
        profile.putAll(OpenBadgeCredential.issuer(at));
        profile.put("jwks_uri", at.keys());
        return VcJwt.json(profile);
    }

    private Optional<String> stored(long certificateId) {
        return jdbc.sql("select jwt from badge where certificate_id = :id").param("id", certificateId)
                .query(String.class).optional();
    }

    private String issue(CertifiedCompletion c, IssuerAddresses at) {
        try {
            return tx.execute(s -> stored(c.certificateId()).orElseGet(() -> insert(c, at)));
        } catch (DataIntegrityViolationException twoClicks) {
            // another request issued this badge, or took the same status index, at the same moment
            return tx.execute(s -> stored(c.certificateId()).orElseGet(() -> insert(c, at)));
        }
    }

    private String insert(CertifiedCompletion c, IssuerAddresses at) {
        int index = jdbc.sql("select coalesce(max(status_index), -1) + 1 from badge").query(Integer.class).single();
        if (index >= StatusList.SIZE) {
            throw new IllegalStateException("the revocation status list is full (" + StatusList.SIZE + " badges)");
        }
        BadgeKeys.SigningKey key = keys.signing();
        String id = "urn:uuid:" + UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String salt = UUID.randomUUID().toString().replace("-", "");
        String jwt = VcJwt.sign(OpenBadgeCredential.claims(c, at, id, index, salt, now, null),
                new BadgeKeys.SigningKey(at.key(key.kid()), key.privateKey()));
        jdbc.sql("""
                        insert into badge (certificate_id, status_index, kid, credential_id, jwt, issued_at)
                        values (:certificate, :index, :kid, :id, :jwt, :now)""")
                .param("certificate", c.certificateId()).param("index", index).param("kid", key.kid())
                .param("id", id).param("jwt", jwt).param("now", now.atOffset(ZoneOffset.UTC)).update();
        return jwt;
    }

    /** Signs claims with the current key, named by its address under this academy address (tests make odd badges). */
    String sign(Map<String, Object> claims, IssuerAddresses at) {
        BadgeKeys.SigningKey key = keys.signing();
        return VcJwt.sign(claims, new BadgeKeys.SigningKey(at.key(key.kid()), key.privateKey()));
    }

    String encodedStatusList() {
        StatusList list = new StatusList();
        jdbc.sql("""
                        select b.status_index from badge b join certificate c on c.id = b.certificate_id
                        where c.revoked_at is not null""")
                .query(Integer.class).list().forEach(list::set);
        return list.encoded();
    }

    /** The academy address a badge was issued under: its key's address names it. */
    private static Optional<IssuerAddresses> issuedUnder(String jwt) {
        try {
            String kid = JWSHeader.parse(new Base64URL(jwt.substring(0, jwt.indexOf('.')))).getKeyID();
            int at = kid == null ? -1 : kid.indexOf(IssuerAddresses.KEY);
            return at > 0 ? Optional.of(IssuerAddresses.of(kid.substring(0, at))) : Optional.empty();
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> statusIndex(Object status, IssuerAddresses at) {
        if (status instanceof Map<?, ?> s && "BitstringStatusListEntry".equals(s.get("type"))
                && "revocation".equals(s.get("statusPurpose")) && at.statusList().equals(s.get("statusListCredential"))
                && s.get("statusListIndex") instanceof String i && i.matches("[0-9]{1,6}")) {
            int index = Integer.parseInt(i);
            return index < StatusList.SIZE ? Optional.of(index) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Instant instant(Object value) {
        if (!(value instanceof String s) || s.length() > 40) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String achievementName(Map<String, Object> claims) {
        if (claims.get("credentialSubject") instanceof Map<?, ?> subject
                && subject.get("achievement") instanceof Map<?, ?> a && a.get("name") instanceof String name) {
            return name.length() > 300 ? name.substring(0, 300) : name;
        }
        return null;
    }
}
