package org.tnracademy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * On a phone the header's account part (user, password, language, sign-out) opens behind a named
 * menu button, which says whether it is open, and closes again when the learner goes elsewhere.
 */
@SpringBootTest
class HeaderAccountMenuTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "analyst", roles = "LEARNER")
    void theMenuButtonOpensTheAccountPartAndANavigationClosesIt() {
        UI.getCurrent().navigate("courses");
        Button toggle = $(Button.class).id("header-account-toggle");
        HorizontalLayout header = $(HorizontalLayout.class).id("header");
        HorizontalLayout account = $(HorizontalLayout.class).id("header-account");
        assertThat(toggle.getAriaLabel()).contains("Account, language and sign-out");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(account.getId().orElseThrow());
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(header.getClassNames()).doesNotContain(HeaderAccountMenu.OPEN);
        // the account part holds what a phone must reach
        assertThat(account.getChildren().map(c -> c.getId().orElse(""))).contains("sign-out", "language-switch",
                "signed-in-user");

        test(toggle).click();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(header.getClassNames()).contains(HeaderAccountMenu.OPEN);

        UI.getCurrent().navigate("progress");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(header.getClassNames()).doesNotContain(HeaderAccountMenu.OPEN);
    }
}
