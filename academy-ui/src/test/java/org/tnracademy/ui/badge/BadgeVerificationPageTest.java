package org.tnracademy.ui.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.ui.certificate.VerifyCertificateView;

/** The verification page's badge part without a browser: a certificate with no badge yet, and pasted text that is no badge. */
@SpringBootTest
class BadgeVerificationPageTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountProvisioning provisioning;

    @Test
    void aCertificateWithoutABadgeSaysNoneWasIssued() {
        navigate("verify/" + issued("Nadia Synthetic"), VerifyCertificateView.class);
        assertThat($(Paragraph.class).id("badge-none").getElement().getTextRecursively())
                .contains("No Open Badge has been issued");
    }

    @Test
    void pastedTextThatIsTooLongOrNoBadgeIsRefusedWithTheReason() {
        navigate(VerifyCertificateView.class);
        test($(TextArea.class).id("badge-paste-text")).setValue("x".repeat(20_000));
        test($(Button.class).id("badge-paste-check")).click();
        assertThat(verdict()).contains("too long", "16,384");

        test($(TextArea.class).id("badge-paste-text")).setValue("not a badge at all");
        test($(Button.class).id("badge-paste-check")).click();
        assertThat(verdict()).contains("This is not an Open Badge");
    }

    private String verdict() {
        return $(Paragraph.class).id("badge-verdict").getElement().getTextRecursively();
    }

    private String issued(String holder) {
        String username = "badge-user-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(username, holder, "long-enough-pw", EnumSet.of(Role.LEARNER));
        long account = jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
        long course = jdbc.sql("select id from course where slug = 'tnr-foundations'").query(Long.class).single();
        String id = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT)
                .replaceAll("[018-9]", "A").substring(0, 20);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into certificate (id, verification_id, account_id, course_id, score, pass_mark,
                                                 completed_at, issued_at)
                        values (next value for certificate_seq, ?, ?, ?, 0.9, 70, ?, ?)""")
                .params(id, account, course, now, now).update();
        return id;
    }
}
