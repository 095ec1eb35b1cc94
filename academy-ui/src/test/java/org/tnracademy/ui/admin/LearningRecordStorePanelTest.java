package org.tnracademy.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The xAPI outbox above the audit log: its figures, the last failure and "send parked statements again". */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class LearningRecordStorePanelTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void empty() {
        jdbc.sql("delete from xapi_statement").update();
    }

    @Test
    void anAdministratorSeesTheOutboxFiguresAndPutsParkedStatementsBackInLine() {
        jdbc.sql("delete from xapi_statement").update();
        jdbc.sql("""
                        insert into xapi_statement (id, statement_id, verb, body, status, created_at, tries, next_try_at,
                          last_error)
                        values (990000001, '3f1c0e2a-5b7d-5e4f-8a9b-0c1d2e3f4a5b', 'SCORED', '{}', 'PARKED',
                          current_timestamp, 1, current_timestamp, 'HTTP 400: bad statement')""")
                .update();

        navigate(AuditView.class);

        assertThat(text("xapi-status")).startsWith("Statements are not sent");
        assertThat(text("xapi-figures")).isEqualTo("Nothing waiting · 1 parked · none sent yet");
        assertThat(text("xapi-last-error")).isEqualTo("Last failure: the store answered HTTP 400: bad statement");
        Button retry = $(Button.class).id("xapi-retry-parked");
        assertThat(retry.isEnabled()).isTrue();

        test(retry).click();

        assertThat(text("xapi-figures")).isEqualTo("1 statement waiting · none parked · none sent yet");
        assertThat(text("xapi-oldest")).isEqualTo("The oldest has waited less than a minute.");
        assertThat($(Button.class).id("xapi-retry-parked").isEnabled()).isFalse();
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }
}
