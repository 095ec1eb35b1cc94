package org.tnracademy.core.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseCertification;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.certificate.CertificateRefusedException;
import org.tnracademy.core.certificate.CertificateService;
import org.tnracademy.core.certificate.CertifiedCompletion;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.review.ReviewService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open Badges: a passed course's badge is a VC-JWT that an independent JOSE library (jose4j)
 * verifies with the published keys and that the 1EdTech schema accepts; key rotation, revocation,
 * expiry, tampering and bad input.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class BadgesTest {

    private static final String ACADEMY = "https://academy.example";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BadgeService badges;
    @Autowired
    BadgeKeys keys;
    @Autowired
    CertificateService certificates;
    @Autowired
    CourseCertification certification;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    ReviewService review;
    @Autowired
    AccountProvisioning provisioning;

    CohortFixture f;
    String instructor;
    String admin;

    @BeforeEach
    void cohort() {
        f = new CohortFixture(cohorts, catalog, grading, provisioning);
        instructor = "grader-" + f.tag;
        admin = "admin-" + f.tag;
        provisioning.ensure(instructor, "Grader", "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure(admin, "Admin", "long-enough-pw", EnumSet.of(Role.ADMIN));
        SignedIn.as(instructor, Role.INSTRUCTOR);
        certification.setPassMark(f.courseId, 70);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aPassedCourseGivesABadgeThatJose4jVerifiesWithThePublishedKeysAndThe1EdTechSchemaAccepts() throws Exception {
        String learner = passed("Amal Synthetic");
        SignedIn.as(learner, Role.LEARNER);
        BadgeFile badge = badges.myBadge(f.courseId, ACADEMY + "/");
        assertThat(badges.myBadge(f.courseId, ACADEMY).jwt()).as("the same badge every time").isEqualTo(badge.jwt());

        SignedIn.nobody();
        JsonWebSignature jws = independentlyVerified(badge.jwt(), keys.jwks(ACADEMY));
        assertThat(jws.getHeader("typ")).isEqualTo("vc+jwt");
        assertThat(jws.getKeyIdHeaderValue()).startsWith(ACADEMY + "/badges/keys/");
        JsonNode vc = JSON.readTree(jws.getPayload());
        assertThat(vc).isEqualTo(JSON.readTree(badge.json()));
        assertThat(vc.path("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
        assertThat(vc.path("issuer").path("id").asString()).isEqualTo(ACADEMY + "/badges/issuer");
        assertThat(vc.path("issuer").path("name").asString()).isEqualTo("Digital TNR Detection Academy");
        assertThat(vc.path("validUntil").isMissingNode()).as("the course sets no expiry").isTrue();
        JsonNode subject = vc.path("credentialSubject");
        assertThat(subject.path("achievement").path("name").asString()).isEqualTo("Every exercise type");
        assertThat(subject.path("achievement").path("criteria").path("narrative").asString()).contains("70 %");
        assertThat(subject.path("identifier").toString()).contains("Amal Synthetic")
                .as("the account name only hashed").doesNotContain(learner);
        assertThat(vc.path("credentialStatus").path("statusListCredential").asString())
                .isEqualTo(ACADEMY + "/badges/status/revocation");

        List<Error> errors = schema().validate(vc);
        assertThat(errors).as("1EdTech AchievementCredential schema").isEmpty();

        BadgeCheck check = badges.checkCertificate(verificationId(learner)).orElseThrow();
        assertThat(check.outcome()).isEqualTo(BadgeCheck.Outcome.VALID);
        assertThat(check.signatureValid()).isTrue();
        assertThat(check.issuerValid()).isTrue();
        assertThat(check.revoked()).isFalse();
        assertThat(check.validUntil()).isNull();
        assertThat(check.achievement()).isEqualTo("Every exercise type");
    }

    @Test
    void noBadgeBelowThePassMarkOrForSomeoneWhoIsNotALearner() {
        String learner = f.learner("Half Done");
        f.submit(learner, "label-three", CohortFixture.perfect("label-three"));
        SignedIn.as(learner, Role.LEARNER);
        assertThatThrownBy(() -> badges.myBadge(f.courseId, ACADEMY)).isInstanceOf(CertificateRefusedException.class);
        SignedIn.as(instructor, Role.INSTRUCTOR);
        assertThatThrownBy(() -> badges.myBadge(f.courseId, ACADEMY)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> keys.rotate()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void afterARotationTheNewKeySignsAndBadgesSignedByTheOldKeyStillVerify() throws Exception {
        String first = passed("Before Rotation");
        SignedIn.as(first, Role.LEARNER);
        String old = badges.myBadge(f.courseId, ACADEMY).jwt();

        SignedIn.as(admin, Role.ADMIN);
        String newKid = keys.rotate();
        String second = passed("After Rotation");
        SignedIn.as(second, Role.LEARNER);
        String fresh = badges.myBadge(f.courseId, ACADEMY).jwt();

        SignedIn.nobody();
        String jwks = keys.jwks(ACADEMY);
        assertThat(independentlyVerified(fresh, jwks).getKeyIdHeaderValue()).isEqualTo(ACADEMY + "/badges/keys/" + newKid);
        assertThat(independentlyVerified(old, jwks).getKeyIdHeaderValue()).isNotEqualTo(ACADEMY + "/badges/keys/" + newKid);
        assertThat(badges.check(old, ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.VALID);
        assertThat(badges.check(fresh, ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.VALID);
        assertThat(keys.jwk(newKid, ACADEMY)).hasValueSatisfying(jwk -> assertThat(jwk).contains("\"OKP\"", "Ed25519"));
        assertThat(keys.jwk("no-such-key", ACADEMY)).isEmpty();
    }

    @Test
    void revokingTheCertificateSetsTheBadgesBitInThePublishedStatusList() throws Exception {
        String learner = passed("Revoked Synthetic");
        SignedIn.as(learner, Role.LEARNER);
        String jwt = badges.myBadge(f.courseId, ACADEMY).jwt();
        int index = Integer.parseInt(JSON.readTree(payload(jwt)).path("credentialStatus").path("statusListIndex").asString());
        assertThat(StatusList.isSet(publishedList(), index)).isFalse();

        String id = verificationId(learner);
        SignedIn.as(admin, Role.ADMIN);
        assertThat(certificates.revoke(id)).isTrue();

        SignedIn.nobody();
        assertThat(StatusList.isSet(publishedList(), index)).as("bit set after revoke").isTrue();
        BadgeCheck check = badges.checkCertificate(id).orElseThrow();
        assertThat(check.outcome()).isEqualTo(BadgeCheck.Outcome.REVOKED);
        assertThat(check.signatureValid()).as("still the academy's signature").isTrue();
        assertThat(check.revoked()).isTrue();
    }

    @Test
    void aBadgePastItsValidUntilIsExpiredAndOneNotYetValidIsSaid() throws Exception {
        String learner = passed("Expiring Synthetic");
        IssuerAddresses at = IssuerAddresses.of(ACADEMY);
        SignedIn.as(learner, Role.LEARNER);
        CertifiedCompletion c = certificates.myCertifiedCompletion(f.courseId);
        Instant yearAgo = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String expired = badges.sign(OpenBadgeCredential.claims(c, at, "urn:uuid:" + UUID.randomUUID(), 5, "salt",
                yearAgo, yearAgo.plus(365, ChronoUnit.DAYS)), at);
        Instant later = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String future = badges.sign(OpenBadgeCredential.claims(c, at, "urn:uuid:" + UUID.randomUUID(), 6, "salt",
                later, null), at);

        SignedIn.nobody();
        BadgeCheck check = badges.check(expired, ACADEMY);
        assertThat(check.outcome()).isEqualTo(BadgeCheck.Outcome.EXPIRED);
        assertThat(check.validUntil()).isEqualTo(yearAgo.plus(365, ChronoUnit.DAYS));
        assertThat(schema().validate(JSON.readTree(payload(expired)))).isEmpty();
        assertThat(badges.check(future, ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.NOT_YET_VALID);
    }

    @Test
    void aTamperedBadgeOrOneFromAnotherIssuerIsRefused() throws Exception {
        String learner = passed("Tampered Synthetic");
        SignedIn.as(learner, Role.LEARNER);
        String jwt = badges.myBadge(f.courseId, ACADEMY).jwt();
        SignedIn.nobody();
        String[] parts = jwt.split("\\.");
        String payload = new String(payload(jwt), StandardCharsets.UTF_8).replace("Tampered Synthetic", "Someone Else");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(badges.check(tampered, ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.BAD_SIGNATURE);
        assertThatThrownBy(() -> independentlyVerified(tampered, keys.jwks(ACADEMY)))
                .as("jose4j agrees").isInstanceOf(AssertionError.class);
        assertThat(badges.check(jwt, "https://elsewhere.example").outcome())
                .as("the key is not one this academy publishes at that address").isEqualTo(BadgeCheck.Outcome.UNKNOWN_KEY);

        IssuerAddresses at = IssuerAddresses.of(ACADEMY);
        Map<String, Object> claims = JSON.readValue(payload(jwt), new tools.jackson.core.type.TypeReference<>() {
        });
        claims.put("iss", "https://impostor.example/badges/issuer");
        assertThat(badges.check(badges.sign(claims, at), ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.WRONG_ISSUER);
    }

    @Test
    void badInputIsRefusedWithTheReasonAndNeverRead() {
        assertThat(badges.check("x".repeat(BadgeService.MAX_TOKEN_CHARS + 1), ACADEMY).outcome())
                .isEqualTo(BadgeCheck.Outcome.TOO_LARGE);
        assertThat(badges.check(null, ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.MALFORMED);
        assertThat(badges.check("   ", ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.MALFORMED);
        assertThat(badges.check("not.a.badge", ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.MALFORMED);
        assertThat(badges.check("a.b", ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.MALFORMED);
        String noneAlg = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}"
                .getBytes(StandardCharsets.UTF_8)) + ".e30.AA";
        assertThat(badges.check(noneAlg, ACADEMY).outcome()).isEqualTo(BadgeCheck.Outcome.MALFORMED);
        assertThat(badges.checkCertificate("AAAAA-AAAAA-AAAAA-AAAAA")).isEmpty();
        assertThatThrownBy(() -> badges.check("a.b.c", "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusList.isSet("u" + "A".repeat(10), 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private String publishedList() throws Exception {
        String credential = badges.statusListCredential(ACADEMY);
        JsonNode vc = JSON.readTree(independentlyVerified(credential, keys.jwks(ACADEMY)).getPayload());
        assertThat(vc.path("type").toString()).contains("BitstringStatusListCredential");
        return vc.path("credentialSubject").path("encodedList").asString();
    }

    /** Verified by jose4j with the published JWK set, EdDSA only; an AssertionError when it does not verify. */
    static JsonWebSignature independentlyVerified(String jwt, String jwks) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.EDDSA));
        jws.setCompactSerialization(jwt);
        JsonWebKey key = new JsonWebKeySet(jwks).getJsonWebKeys().stream()
                .filter(k -> k.getKeyId().equals(jws.getKeyIdHeaderValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no published key " + jws.getKeyIdHeaderValue()));
        jws.setKey(key.getKey());
        if (!jws.verifySignature()) {
            throw new AssertionError("signature does not verify");
        }
        return jws;
    }

    static Schema schema() throws IOException {
        try (InputStream in = BadgesTest.class.getResourceAsStream("/badge/ob_v3p0_achievementcredential_schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static byte[] payload(String jwt) {
        return Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
    }

    private String verificationId(String learner) {
        SignedIn.as(admin, Role.ADMIN);
        String id = certificates.issued(0, 500).stream().filter(i -> i.username().equals(learner)).findFirst()
                .orElseThrow().verificationId();
        SignedIn.nobody();
        return id;
    }

    /** A learner who completed every step, the written analysis graded in full: the course is passed. */
    private String passed(String name) {
        String learner = f.learner(name);
        long written = 0;
        SignedIn.as(learner, Role.LEARNER);
        for (CourseOutline.Step s : catalog.outline(f.courseId).orElseThrow().steps()) {
            String type = s.exerciseType();
            grading.start(s.id());
            GradedAttempt a = grading.submit(s.id(), AllTypesPack.keyAnswer(type), UUID.randomUUID().toString());
            if (type.equals("written-analysis")) {
                written = a.attemptId();
            }
        }
        SignedIn.as(instructor, Role.INSTRUCTOR);
        review.grade(written, Map.of("sourcing", 4, "safety", 2), "Graded.");
        return learner;
    }
}
