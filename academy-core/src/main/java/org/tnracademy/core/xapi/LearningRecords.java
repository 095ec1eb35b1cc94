package org.tnracademy.core.xapi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseAvailability;

/**
 * The xAPI door for the rest of the academy: a learner opening an exercise (the "launched"
 * statement, the only one not made by a domain event), and the administrators' view of the outbox
 * with its "retry parked" action.
 */
@Service
public class LearningRecords {

    private final XapiSettings settings;
    private final StatementRecorder recorder;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final JdbcClient jdbc;

    LearningRecords(XapiSettings settings, StatementRecorder recorder, AccountService accounts, CatalogService catalog,
                    JdbcClient jdbc) {
        this.settings = settings;
        this.recorder = recorder;
        this.accounts = accounts;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /**
     * The signed-in learner opened an exercise that takes attempts: states "launched" for their
     * next attempt (once per attempt number, however often the page opens).
     */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void exerciseOpened(long exerciseId) {
        if (!settings.enabled()) {
            return;
        }
        boolean takesAttempts = catalog.availability(exerciseId).map(ExerciseAvailability::takesAttempts).orElse(false);
        if (takesAttempts) {
            recorder.launched(accounts.currentId(), exerciseId, Instant.now());
        }
    }

    /** Counts, the age of the oldest pending statement and the latest failure. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public OutboxSummary summary() {
        long[] counts = new long[3];
        jdbc.sql("select status, count(*) from xapi_statement group by status").query(rs -> {
            switch (rs.getString(1)) {
                case OutboxStatement.PENDING -> counts[0] = rs.getLong(2);
                case OutboxStatement.PARKED -> counts[1] = rs.getLong(2);
                case OutboxStatement.SENT -> counts[2] = rs.getLong(2);
                default -> {
                }
            }
        });
        Instant oldest = jdbc.sql("select created_at from xapi_statement where status = 'PENDING'"
                        + " order by created_at limit 1")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional().orElse(null);
        String lastError = jdbc.sql("""
                        select last_error from xapi_statement
                        where status <> 'SENT' and last_error is not null
                        order by next_try_at desc, id desc
                        limit 1""")
                .query(String.class).optional().orElse(null);
        return new OutboxSummary(settings.enabled(), settings.enabled() ? settings.statementsUri().toString() : "",
                counts[0], counts[1], counts[2], oldest, lastError);
    }

    /** Puts every parked statement back in line, to be tried at once (after the store was fixed). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int retryParked() {
        return jdbc.sql("""
                        update xapi_statement set status = 'PENDING', tries = 0, next_try_at = :now,
                          claim_token = null, claimed_until = null
                        where status = 'PARKED'""")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
