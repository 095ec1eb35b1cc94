package org.tnracademy.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.AccountUserDetailsService;
import org.tnracademy.core.account.Role;

/** A signed-in person with a local account changes their password from the header's link. */
@SpringBootTest
@WithMockUser(username = PasswordChangeViewTest.USER, roles = "LEARNER")
class PasswordChangeViewTest extends SpringBrowserlessTest {

    static final String USER = "password-changer";
    private static final String FIRST = "first-password-1";

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void account() {
        provisioning.ensure(USER, "Pat Password", FIRST, EnumSet.of(Role.LEARNER));
    }

    @Test
    void theHeaderLinksToThePageAndWrongInputIsShownAtEachFieldWithoutChangingAnything() {
        UI.getCurrent().navigate("progress");
        RouterLink link = $(RouterLink.class).id("change-password");
        assertThat(link.getHref()).isEqualTo("account/password");

        String hashBefore = users.loadUserByUsername(USER).getPassword();
        PasswordChangeView view = navigate(PasswordChangeView.class);
        view.currentPassword.setValue("not-the-password");
        view.newPassword.setValue("short");
        view.repeatedPassword.setValue("different");
        test(view.save).click();

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("this is not your current password");
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("at least 12 characters");
        assertThat(view.repeatedPassword.getErrorMessage()).isEqualTo("the two new passwords differ");
        assertThat(users.loadUserByUsername(USER).getPassword()).isEqualTo(hashBefore);
    }

    @Test
    void theRightInputChangesThePasswordAndClearsTheForm() {
        String current = encoder.matches(FIRST, users.loadUserByUsername(USER).getPassword()) ? FIRST : "second-password-2";
        String next = current.equals(FIRST) ? "second-password-2" : FIRST;
        PasswordChangeView view = navigate(PasswordChangeView.class);
        view.currentPassword.setValue(current);
        view.newPassword.setValue(next);
        view.repeatedPassword.setValue(next);
        test(view.save).click();

        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(encoder.matches(next, users.loadUserByUsername(USER).getPassword())).isTrue();
    }
}
