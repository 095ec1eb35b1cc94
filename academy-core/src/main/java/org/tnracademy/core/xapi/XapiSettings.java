package org.tnracademy.core.xapi;

import java.net.URI;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The learning record store and how statements reach it, from configuration ({@code academy.xapi.*},
 * secrets from the environment). Off while no endpoint is set. The password and the pseudonym
 * secret never appear in {@link #toString()} or in a log line.
 */
@Component
class XapiSettings {

    private final String endpoint;
    private final String username;
    private final String password;
    private final String homePage;
    private final String actorSecret;
    private final int batchSize;
    private final Duration timeout;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Duration lease;
    private final Duration sendInterval;

    XapiSettings(@Value("${academy.xapi.endpoint:}") String endpoint,
                 @Value("${academy.xapi.username:}") String username,
                 @Value("${academy.xapi.password:}") String password,
                 @Value("${academy.xapi.academy-url:}") String homePage,
                 @Value("${academy.xapi.actor-secret:}") String actorSecret,
                 @Value("${academy.xapi.batch-size:50}") int batchSize,
                 @Value("${academy.xapi.timeout:10s}") Duration timeout,
                 @Value("${academy.xapi.first-backoff:10s}") Duration firstBackoff,
                 @Value("${academy.xapi.max-backoff:1h}") Duration maxBackoff,
                 @Value("${academy.xapi.lease:2m}") Duration lease,
                 @Value("${academy.xapi.send-interval:15s}") Duration sendInterval) {
        this.endpoint = endpoint == null ? "" : endpoint.strip().replaceAll("/+$", "");
        this.username = username == null ? "" : username;
        this.password = password == null ? "" : password;
        this.homePage = homePage == null ? "" : homePage.strip().replaceAll("/+$", "");
        this.actorSecret = actorSecret == null ? "" : actorSecret;
        this.batchSize = Math.clamp(batchSize, 1, 500);
        this.timeout = timeout;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.lease = lease;
        this.sendInterval = sendInterval;
        if (enabled()) {
            check();
        }
    }

    /** Refuses, at start, a half-made configuration: statements would be written that no store could take. */
    private void check() {
        if (!endpoint.matches("https?://[^\\s?#]+")) {
            throw new IllegalStateException("academy.xapi.endpoint must be an http(s) address without query");
        }
        if (!homePage.matches("https?://[^\\s?#]+") || homePage.length() > 200) {
            throw new IllegalStateException("academy.xapi.academy-url must be the academy's public http(s) address "
                    + "(the home page of learners' xAPI accounts and the base of activity ids)");
        }
        if (actorSecret.length() < 16) {
            throw new IllegalStateException("academy.xapi.actor-secret (ACADEMY_XAPI_ACTOR_SECRET) must be at least "
                    + "16 characters, the same on every node: it makes the learners' pseudonyms");
        }
        if (timeout.isNegative() || timeout.isZero() || lease.compareTo(timeout.multipliedBy(2)) < 0) {
            throw new IllegalStateException("academy.xapi.lease must be at least twice academy.xapi.timeout");
        }
    }

    boolean enabled() {
        return !endpoint.isEmpty();
    }

    URI statementsUri() {
        return URI.create(endpoint + "/statements");
    }

    boolean hasCredentials() {
        return !username.isEmpty();
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String homePage() {
        return homePage;
    }

    String actorSecret() {
        return actorSecret;
    }

    int batchSize() {
        return batchSize;
    }

    Duration timeout() {
        return timeout;
    }

    Duration firstBackoff() {
        return firstBackoff;
    }

    Duration maxBackoff() {
        return maxBackoff;
    }

    Duration lease() {
        return lease;
    }

    Duration sendInterval() {
        return sendInterval;
    }

    @Override
    public String toString() {
        return "XapiSettings[endpoint=" + endpoint + ", username=" + username + ", password=(hidden)"
                + ", academyUrl=" + homePage + ", actorSecret=(hidden)]";
    }
}
