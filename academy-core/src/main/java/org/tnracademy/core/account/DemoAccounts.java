package org.tnracademy.core.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The four demo accounts of the default single-machine setup. Off unless
 * {@code academy.demo-accounts=true}; the {@code postgres} profile leaves it off.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("academy.demo-accounts")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String displayName, Set<Role> roles) {
    }

    /** Password = username: these accounts exist for trying the academy, never for production. */
    static final List<Demo> ALL = List.of(
            new Demo("analyst", "Alex Analyst (demo)", EnumSet.of(Role.LEARNER)),
            new Demo("instructor", "Ines Instructor (demo)", EnumSet.of(Role.INSTRUCTOR)),
            new Demo("manager", "Morgan Manager (demo)", EnumSet.of(Role.COHORT_MANAGER)),
            new Demo("admin", "Ada Admin (demo)", EnumSet.of(Role.ADMIN)));

    private final AccountProvisioning provisioning;

    DemoAccounts(AccountProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Demo demo : ALL) {
            if (provisioning.ensure(demo.username(), demo.displayName(), demo.username(), demo.roles())) {
                log.info("Created demo account '{}' (password '{}')", demo.username(), demo.username());
            }
        }
    }
}
