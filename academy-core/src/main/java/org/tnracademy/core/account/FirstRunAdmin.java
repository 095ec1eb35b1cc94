package org.tnracademy.core.account;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh academy without any administrator gets one: named by {@code ACADEMY_ADMIN_USERNAME}
 * (default "admin"), with the password from {@code ACADEMY_ADMIN_PASSWORD}, or a generated one
 * printed once to the log. Not with sign-in through Keycloak ({@code academy.admin.first-run=false}
 * in that profile): administrators are Keycloak users with the realm role, and a local "admin" would
 * only take the name a Keycloak administrator signs in under (accounts link by issuer and subject,
 * never by a taken username).
 */
@Component
@Order(11)
class FirstRunAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRunAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final AccountProvisioning provisioning;
    private final String username;
    private final String password;
    private final boolean enabled;

    FirstRunAdmin(AccountRepository accounts, AccountProvisioning provisioning,
                  @Value("${academy.admin.username:admin}") String username,
                  @Value("${academy.admin.password:}") String password,
                  @Value("${academy.admin.first-run:true}") boolean enabled) {
        this.enabled = enabled;
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || accounts.countByRole(Role.ADMIN) > 0) {
            return;
        }
        boolean generated = password.isBlank();
        String secret = generated ? generate() : password;
        if (provisioning.ensure(username, "Administrator", secret, EnumSet.of(Role.ADMIN))) {
            if (generated) {
                log.warn("First run: created administrator '{}' with password '{}'. It is shown only this once: "
                        + "sign in and change it, or set ACADEMY_ADMIN_PASSWORD.", username, secret);
            } else {
                log.info("First run: created administrator '{}' with the password from ACADEMY_ADMIN_PASSWORD",
                        username);
            }
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
