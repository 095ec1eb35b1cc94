package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tnracademy.core.CoreTestApplication;

/** The load test's synthetic learners, when the setting asks for them: learners who can sign in. */
@SpringBootTest(classes = CoreTestApplication.class,
        properties = {"academy.load-test.learners=3", "academy.load-test.password=load-pass"})
class LoadTestLearnersTest {

    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void asManyNumberedLearnersAsAskedForSignInWithTheSharedPassword() {
        for (String name : new String[] {"load-learner-0001", "load-learner-0002", "load-learner-0003"}) {
            Account learner = accounts.findByUsername(name).orElseThrow();
            assertThat(learner.roles()).containsExactly(Role.LEARNER);
            assertThat(encoder.matches("load-pass", learner.passwordHash())).isTrue();
        }
        assertThat(accounts.findByUsername("load-learner-0004")).isEmpty();
    }
}
