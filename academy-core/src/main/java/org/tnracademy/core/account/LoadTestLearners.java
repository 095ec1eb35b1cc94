package org.tnracademy.core.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic learner accounts for the protocol-level load test ({@code load-test} module), never in
 * a normal start: only when {@code academy.load-test.learners} is set to a number above zero.
 * Learners {@code load-learner-0001} ... all share one password ({@code academy.load-test.password}),
 * hashed once, so seeding 2,000 accounts takes a second instead of 2,000 password hashes.
 */
@Component
@Order(11)
@ConditionalOnProperty("academy.load-test.learners")
class LoadTestLearners implements ApplicationRunner {

    static final String PREFIX = "load-learner-";
    private static final Logger log = LoggerFactory.getLogger(LoadTestLearners.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final int count;
    private final String password;

    LoadTestLearners(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate tx,
                     @Value("${academy.load-test.learners}") int count,
                     @Value("${academy.load-test.password:load-test-password}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tx = tx;
        this.count = Math.min(Math.max(count, 0), 100_000);
        this.password = password;
    }

    static String username(int number) {
        return PREFIX + String.format("%04d", number);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count == 0) {
            return;
        }
        String hash = encoder.encode(password);
        Instant now = Instant.now();
        int created = 0;
        List<Account> batch = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String username = username(n);
            if (accounts.findByUsername(username).isPresent()) {
                continue;
            }
            batch.add(new Account(username, "Load-test learner " + n, hash, EnumSet.of(Role.LEARNER), now));
            if (batch.size() == 500 || n == count) {
                List<Account> toSave = List.copyOf(batch);
                tx.executeWithoutResult(status -> accounts.saveAllAndFlush(toSave));
                created += toSave.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            List<Account> toSave = List.copyOf(batch);
            tx.executeWithoutResult(status -> accounts.saveAllAndFlush(toSave));
            created += toSave.size();
        }
        log.warn("Load-test setting on: {} synthetic learner accounts ({} created now), prefix '{}'", count, created,
                PREFIX);
    }
}
