package org.tnracademy.ui.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.ui.i18n.Formats;

/** The public verification page without a browser: nobody signed in, the id typed or in the address. */
@SpringBootTest
class VerifyCertificateViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    CatalogService catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theIdInTheAddressShowsHolderCourseDateAndStatusAndNothingElse() {
        OffsetDateTime completed = OffsetDateTime.of(2026, 11, 3, 9, 30, 0, 0, ZoneOffset.UTC);
        String id = issued("Mira Synthetic", completed, false);

        navigate("verify/" + id.toLowerCase(Locale.ROOT), VerifyCertificateView.class);

        Locale locale = UI.getCurrent().getLocale();
        assertThat(text("verify-holder")).contains("Mira Synthetic");
        assertThat(text("verify-course")).contains("Detecting digital transnational");
        assertThat(text("verify-completed"))
                .contains(Formats.date(completed.toInstant(), locale));
        assertThat(text("verify-status")).contains("Valid");
        assertThat($(Paragraph.class).all()).as("no score, no account name")
                .noneMatch(p -> p.getElement().getTextRecursively().contains("%")
                        || p.getElement().getTextRecursively().contains("verify-user-"));
    }

    @Test
    void aRevokedCertificateSaysSoAndAnUnknownIdFindsNothing() {
        String id = issued("Revoked Synthetic", OffsetDateTime.now(ZoneOffset.UTC), true);

        navigate(VerifyCertificateView.class);
        test($(TextField.class).id("verify-id")).setValue(id);
        test($(Button.class).id("verify-check")).click();
        assertThat(text("verify-status")).contains("Revoked");

        test($(TextField.class).id("verify-id")).setValue("AAAAA-AAAAA-AAAAA-AAAAA");
        test($(Button.class).id("verify-check")).click();
        assertThat(text("verify-not-found")).contains("No certificate has this id");
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getId().orElse("").equals("verify-holder"));
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getElement().getTextRecursively();
    }

    /** A certificate row as the core stores it (issuing one needs a whole course completed above the pass mark). */
    private String issued(String holder, OffsetDateTime completed, boolean revoked) {
        String username = "verify-user-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(username, holder, "long-enough-pw", EnumSet.of(Role.LEARNER));
        long account = jdbc.sql("select id from account where username = ?").param(username).query(Long.class)
                .single();
        long course = jdbc.sql("select id from course where slug = 'tnr-foundations'").query(Long.class).single();
        String id = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT)
                .replaceAll("[018-9]", "A").substring(0, 20);
        jdbc.sql("""
                        insert into certificate (id, verification_id, account_id, course_id, score, pass_mark,
                                                 completed_at, issued_at, revoked_at)
                        values (next value for certificate_seq, ?, ?, ?, 0.9, 70, ?, ?, ?)""")
                .params(id, account, course, completed, completed, revoked ? completed : null).update();
        return id.substring(0, 5) + "-" + id.substring(5, 10) + "-" + id.substring(10, 15) + "-" + id.substring(15);
    }
}
