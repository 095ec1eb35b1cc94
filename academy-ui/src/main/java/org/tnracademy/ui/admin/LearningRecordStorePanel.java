package org.tnracademy.ui.admin;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.tnracademy.core.xapi.LearningRecords;
import org.tnracademy.core.xapi.OutboxSummary;

/**
 * The xAPI outbox for administrators, above the audit log: whether statements go to a learning
 * record store, how many wait, were parked or went, how long the oldest has waited, the last
 * failure, and the action that puts parked statements back in line.
 */
class LearningRecordStorePanel extends Div {

    private final LearningRecords records;
    private final Paragraph status = new Paragraph();
    private final Paragraph figures = new Paragraph();
    private final Paragraph oldest = new Paragraph();
    private final Paragraph lastError = new Paragraph();
    private final Button retry = new Button();

    LearningRecordStorePanel(LearningRecords records) {
        this.records = records;
        setId("xapi-outbox");
        status.setId("xapi-status");
        figures.setId("xapi-figures");
        oldest.setId("xapi-oldest");
        lastError.setId("xapi-last-error");
        lastError.getStyle().set("overflow-wrap", "anywhere");
        retry.setId("xapi-retry-parked");
        retry.addClickListener(e -> retryParked());
        add(new H2(getTranslation("xapi.title")), status, figures, oldest, lastError, retry);
        refresh();
    }

    private void retryParked() {
        int back = records.retryParked();
        Notification.show(getTranslation("xapi.retried", back));
        refresh();
    }

    void refresh() {
        OutboxSummary s = records.summary();
        status.setText(s.enabled() ? getTranslation("xapi.on", s.endpoint()) : getTranslation("xapi.off"));
        figures.setText(getTranslation("xapi.figures", s.pending(), s.parked(), s.sent()));
        oldest.setVisible(s.oldestPendingAt() != null);
        if (s.oldestPendingAt() != null) {
            oldest.setText(age(Duration.between(s.oldestPendingAt(), Instant.now())));
        }
        lastError.setVisible(s.lastError() != null);
        if (s.lastError() != null) {
            lastError.setText(s.lastErrorStatus() != null
                    ? getTranslation("xapi.last-error.status", s.lastErrorStatus(), s.lastErrorDetail())
                    : getTranslation("xapi.last-error.no-answer", s.lastErrorDetail()));
        }
        retry.setText(getTranslation("xapi.retry-parked"));
        retry.setEnabled(s.parked() > 0);
    }

    /** The oldest statement's wait in the largest whole unit: minutes, hours, then days. */
    private String age(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 120) {
            return getTranslation("xapi.oldest.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return getTranslation("xapi.oldest.hours", minutes / 60);
        }
        return getTranslation("xapi.oldest.days", minutes / (24 * 60));
    }
}
