package org.tnracademy.core.xapi;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox into the record store. A pass claims the due rows with a lease (an update
 * that only takes rows whose lease has run out, so two nodes never hold the same row), posts them
 * as one batch and then, by the store's answer: marks them sent (2xx, or 409: the store already
 * has a statement with that id, our ids being made from the event); parks a statement the store
 * refuses for good (400 and the like: sent alone first when it came in a batch, so only the bad
 * one is parked), with the reason; or keeps them for a later try, waiting twice as long after each
 * failure up to a cap (the store down, slow, overloaded or refusing our credentials).
 */
@Component
class StatementSender {

    private static final Logger LOG = LoggerFactory.getLogger(StatementSender.class);
    /** 4xx answers that say nothing against the statement itself: try again later. */
    private static final Set<Integer> TRY_AGAIN = Set.of(401, 403, 404, 408, 425, 429);
    private static final int MAX_ERROR = 480;

    private final XapiSettings settings;
    private final LrsConnection lrs;
    private final JdbcClient jdbc;

    StatementSender(XapiSettings settings, LrsConnection lrs, JdbcClient jdbc) {
        this.settings = settings;
        this.lrs = lrs;
        this.jdbc = jdbc;
    }

    /** A claimed row: its id, its statement and how often it was tried. */
    record Claimed(long id, String body, int tries) {
    }

    /** What one pass did, for the scheduler (go on while a full batch went) and for tests. */
    record Pass(int claimed, int sent, int parked, int kept) {
    }

    /** One pass at the given time: claims up to a batch of due rows and sends them. */
    Pass sendDue(Instant now) {
        if (!settings.enabled()) {
            return new Pass(0, 0, 0, 0);
        }
        String token = UUID.randomUUID().toString();
        List<Claimed> batch = claim(token, now);
        if (batch.isEmpty()) {
            return new Pass(0, 0, 0, 0);
        }
        int[] counts = new int[3];
        send(batch, token, now, counts);
        return new Pass(batch.size(), counts[0], counts[1], counts[2]);
    }

    private List<Claimed> claim(String token, Instant now) {
        List<Long> due = jdbc.sql("""
                        select id from xapi_statement
                        where status = 'PENDING' and next_try_at <= :now
                          and (claimed_until is null or claimed_until < :now)
                        order by id
                        limit :batch""")
                .param("now", ts(now)).param("batch", settings.batchSize())
                .query(Long.class).list();
        if (due.isEmpty()) {
            return List.of();
        }
        // the lease: only rows nobody holds are taken; another node's update waits for ours, then skips them
        jdbc.sql("""
                        update xapi_statement set claim_token = :token, claimed_until = :until
                        where id in (:ids) and status = 'PENDING'
                          and (claimed_until is null or claimed_until < :now)""")
                .param("token", token).param("until", ts(now.plus(settings.lease()))).param("ids", due)
                .param("now", ts(now))
                .update();
        return jdbc.sql("select id, body, tries from xapi_statement where claim_token = :token order by id")
                .param("token", token)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    private void send(List<Claimed> batch, String token, Instant now, int[] counts) {
        LrsConnection.Answer answer;
        try {
            answer = lrs.post("[" + String.join(",", batch.stream().map(Claimed::body).toList()) + "]");
        } catch (IOException noAnswer) {
            String reason = "no answer: " + noAnswer.getMessage();
            LOG.warn("xAPI: the learning record store did not answer ({} statements kept): {}", batch.size(), reason);
            batch.forEach(c -> keep(c, token, now, reason));
            counts[2] += batch.size();
            return;
        }
        int status = answer.status();
        if (status / 100 == 2 || status == 409) {
            batch.forEach(c -> sent(c, token, now));
            counts[0] += batch.size();
        } else if (status / 100 == 4 && !TRY_AGAIN.contains(status)) {
            if (batch.size() > 1) {
                // which one? each alone: the good ones go, only the refused one is parked
                batch.forEach(c -> send(List.of(c), token, now, counts));
                return;
            }
            String reason = "HTTP " + status + ": " + answer.body();
            LOG.warn("xAPI: the learning record store refused statement row {} for good: HTTP {}", batch.getFirst().id(),
                    status);
            park(batch.getFirst(), token, reason);
            counts[1]++;
        } else {
            String reason = "HTTP " + status + ": " + answer.body();
            LOG.warn("xAPI: the learning record store answered HTTP {} ({} statements kept)", status, batch.size());
            batch.forEach(c -> keep(c, token, now, reason));
            counts[2] += batch.size();
        }
    }

    /** Waits twice as long after each failed try, from the first wait up to the cap. */
    Duration backoff(int tries) {
        Duration wait = settings.firstBackoff();
        for (int i = 1; i < tries && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private void sent(Claimed c, String token, Instant now) {
        jdbc.sql("""
                        update xapi_statement set status = 'SENT', sent_at = :now, tries = tries + 1,
                          claim_token = null, claimed_until = null, last_error = null
                        where id = :id and claim_token = :token""")
                .param("now", ts(now)).param("id", c.id()).param("token", token).update();
    }

    private void keep(Claimed c, String token, Instant now, String reason) {
        jdbc.sql("""
                        update xapi_statement set tries = tries + 1, next_try_at = :next, last_error = :error,
                          claim_token = null, claimed_until = null
                        where id = :id and claim_token = :token""")
                .param("next", ts(now.plus(backoff(c.tries() + 1)))).param("error", bounded(reason))
                .param("id", c.id()).param("token", token).update();
    }

    private void park(Claimed c, String token, String reason) {
        jdbc.sql("""
                        update xapi_statement set status = 'PARKED', tries = tries + 1, last_error = :error,
                          claim_token = null, claimed_until = null
                        where id = :id and claim_token = :token""")
                .param("error", bounded(reason)).param("id", c.id()).param("token", token).update();
    }

    /** A reason short enough for its column, on one line, without control characters. */
    static String bounded(String reason) {
        String line = reason.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= MAX_ERROR ? line : line.substring(0, MAX_ERROR) + "…";
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
