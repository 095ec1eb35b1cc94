package org.tnracademy.core.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class LtiRosterNextPageTest {

    private static final URI ROSTER = URI.create("https://lms.example.org/api/lti/courses/7/names_and_roles");
    private static final URI PAGE = URI.create("https://lms.example.org/api/lti/courses/7/names_and_roles?page=2");

    @Test
    void aNextPageOnTheRostersHostAndPortIsFollowed() {
        assertThat(LtiRoster.nextPage(ROSTER, PAGE, "https://LMS.example.org:443/api/lti/courses/7/names_and_roles?page=3"))
                .hasToString("https://LMS.example.org:443/api/lti/courses/7/names_and_roles?page=3");
    }

    @Test
    void aRelativeNextPageIsReadAgainstThePageThatGaveIt() {
        assertThat(LtiRoster.nextPage(ROSTER, PAGE, "names_and_roles?page=3"))
                .hasToString("https://lms.example.org/api/lti/courses/7/names_and_roles?page=3");
    }

    @Test
    void anHttpRosterMayGoOnOverHttpsOnItsPort() {
        URI plain = URI.create("http://localhost:8123/memberships");
        assertThat(LtiRoster.nextPage(plain, plain, "https://localhost:8123/memberships?page=2")).hasScheme("https");
        assertThat(LtiRoster.nextPage(plain, plain, "/memberships?page=2")).hasPort(8123);
    }

    @Test
    void aNextPageElsewhereIsRefusedWithWhere() {
        for (String elsewhere : new String[] {"https://attacker.example/m", "https://lms.example.org:8443/m",
                "https://lms.example.org.attacker.example/m", "https://user@lms.example.org/m", "http://lms.example.org/m",
                "file:///etc/passwd", "//169.254.169.254/latest/meta-data"}) {
            assertThatThrownBy(() -> LtiRoster.nextPage(ROSTER, PAGE, elsewhere)).as(elsewhere)
                    .isInstanceOf(LtiRoster.RosterUnavailableException.class)
                    .hasMessageContaining("another site, refused");
        }
    }

    @Test
    void aNextPageThatIsNoAddressIsRefused() {
        assertThatThrownBy(() -> LtiRoster.nextPage(ROSTER, PAGE, "https://lms.example.org/a b"))
                .isInstanceOf(LtiRoster.RosterUnavailableException.class).hasMessageContaining("no address");
    }
}
