package org.tnracademy.ui.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.lti.LtiPlatforms;

/** The administrators' LMS platforms page, fed good and bad input; the deep linking page opened by hand. */
@SpringBootTest
class LtiPlatformsViewTest extends SpringBrowserlessTest {

    @Autowired
    LtiPlatforms platforms;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void badInputIsNamedAtEachFieldKeepsWhatWasTypedAndSavesNothingThenAGoodOneIsListed() {
        navigate(LtiPlatformsView.class);
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("lti-tool-addresses")
                .getElement().getTextRecursively()).contains("/lti/login", "/lti/launch", "/lti/jwks");
        int before = platforms.list().size();
        test($(Button.class).id("lti-add")).click();
        field("ISSUER").setValue("http://lms.example.org");
        field("JWKS_URL").setValue("https://lms.example.org/jwks");
        field("AUTH_URL").setValue("https://lms.example.org/auth");
        field("TOKEN_URL").setValue("https://lms.example.org/" + "t".repeat(600));
        test($(Button.class).id("lti-save")).click();

        assertThat(field("ISSUER").isInvalid()).isTrue();
        assertThat(field("ISSUER").getErrorMessage()).isEqualTo("Issuer (platform id): give a full address "
                + "starting with https:// (http:// only for localhost).");
        assertThat(field("CLIENT_ID").getErrorMessage()).isEqualTo("Client id: this field is required.");
        assertThat($(TextArea.class).id("lti-field-DEPLOYMENT_IDS").getErrorMessage())
                .isEqualTo("Deployment ids: this field is required.");
        assertThat(field("TOKEN_URL").getErrorMessage()).isEqualTo("Access token URL: too long (at most 500).");
        assertThat(field("JWKS_URL").isInvalid()).isFalse();
        assertThat(field("ISSUER").getValue()).as("nothing typed is lost").isEqualTo("http://lms.example.org");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(platforms.list()).hasSize(before);

        field("ISSUER").setValue("https://lms.example.org");
        field("CLIENT_ID").setValue("client-9");
        $(TextArea.class).id("lti-field-DEPLOYMENT_IDS").setValue("d-1\nd-2");
        field("TOKEN_URL").setValue("https://lms.example.org/token");
        test($(Button.class).id("lti-save")).click();

        assertThat(platforms.list()).anySatisfy(p -> {
            assertThat(p.issuer()).isEqualTo("https://lms.example.org");
            assertThat(p.deploymentIds()).containsExactly("d-1", "d-2");
        });
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void theDeepLinkingPageOpenedByHandSaysToStartFromTheLms() {
        navigate(DeepLinkingView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Open this page from your LMS"));
    }

    private TextField field(String name) {
        return $(TextField.class).id("lti-field-" + name);
    }
}
