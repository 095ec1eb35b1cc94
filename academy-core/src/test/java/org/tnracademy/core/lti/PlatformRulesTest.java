package org.tnracademy.core.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.lti.PlatformProblem.Field;
import org.tnracademy.core.lti.PlatformProblem.Reason;

class PlatformRulesTest {

    private static PlatformForm form(String issuer, String deployments, String jwks) {
        return new PlatformForm(issuer, "client", deployments, jwks, "https://lms.example.org/auth",
                "https://lms.example.org/token");
    }

    @Test
    void aCompleteHttpsRegistrationHasNoProblem() {
        assertThat(PlatformRules.check(form("https://lms.example.org", "1\n2", "https://lms.example.org/jwks")))
                .isEmpty();
    }

    @Test
    void eachBadFieldIsNamedWithItsReason() {
        assertThat(PlatformRules.check(new PlatformForm(" ", "", "", "http://lms.example.org/jwks",
                "ftp://lms.example.org/auth", "https://user:pw@lms.example.org/token")))
                .containsExactly(new PlatformProblem(Field.ISSUER, Reason.MISSING, 0),
                        new PlatformProblem(Field.CLIENT_ID, Reason.MISSING, 0),
                        new PlatformProblem(Field.DEPLOYMENT_IDS, Reason.MISSING, 0),
                        new PlatformProblem(Field.JWKS_URL, Reason.NOT_HTTPS, 0),
                        new PlatformProblem(Field.AUTH_URL, Reason.NOT_HTTPS, 0),
                        new PlatformProblem(Field.TOKEN_URL, Reason.NOT_HTTPS, 0));
    }

    @Test
    void plainHttpIsAcceptedOnlyOnThisMachine() {
        assertThat(PlatformRules.secureAddress("http://localhost:8080/jwks")).isTrue();
        assertThat(PlatformRules.secureAddress("http://127.0.0.1/jwks")).isTrue();
        assertThat(PlatformRules.secureAddress("http://lms.example.org/jwks")).isFalse();
        assertThat(PlatformRules.secureAddress("https://lms.example.org/jwks")).isTrue();
        assertThat(PlatformRules.secureAddress("lms.example.org/jwks")).isFalse();
    }

    @Test
    void lengthsAreBounded() {
        String longUrl = "https://lms.example.org/" + "a".repeat(PlatformRules.MAX_URL);
        assertThat(PlatformRules.check(form("https://" + "i".repeat(PlatformRules.MAX_ISSUER), "1", longUrl)))
                .containsExactly(new PlatformProblem(Field.ISSUER, Reason.TOO_LONG, PlatformRules.MAX_ISSUER),
                        new PlatformProblem(Field.JWKS_URL, Reason.TOO_LONG, PlatformRules.MAX_URL));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= PlatformRules.MAX_DEPLOYMENTS; i++) {
            many.append("d").append(i).append('\n');
        }
        assertThat(PlatformRules.check(form("https://lms.example.org", many.toString(), "https://lms.example.org/k")))
                .containsExactly(new PlatformProblem(Field.DEPLOYMENT_IDS, Reason.TOO_LONG, PlatformRules.MAX_DEPLOYMENTS));
    }

    @Test
    void deploymentIdsAreReadOnePerLineOrCommaSeparatedEachOnce() {
        assertThat(PlatformRules.deploymentIds(" a\r\nb, c\n\na ")).containsExactly("a", "b", "c");
    }

    @Test
    void ltiRolesMapToLearnerAndInstructorOnly() {
        assertThat(LtiRoles.of(java.util.List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"))).isEqualTo(Set.of(Role.INSTRUCTOR));
        assertThat(LtiRoles.of(java.util.List.of("Learner"))).isEqualTo(Set.of(Role.LEARNER));
        assertThat(LtiRoles.of(java.util.List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")))
                .as("no role the academy knows: a learner, never an administrator").isEqualTo(Set.of(Role.LEARNER));
    }

    @Test
    void theScoresAddressIsTheLineItemsPathWithScoresAndItsQueryKept() {
        assertThat(GradeReturn.scoresUrl("https://lms.example.org/api/lineitems/9?type_id=1").toString())
                .isEqualTo("https://lms.example.org/api/lineitems/9/scores?type_id=1");
        assertThat(GradeReturn.scoresUrl("https://lms.example.org/li/9/").toString())
                .isEqualTo("https://lms.example.org/li/9/scores");
    }
}
