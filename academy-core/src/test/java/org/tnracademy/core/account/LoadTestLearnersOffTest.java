package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;

/** A normal start makes no load-test accounts: the setting is off unless given. */
@SpringBootTest(classes = CoreTestApplication.class)
class LoadTestLearnersOffTest {

    @Autowired
    AccountRepository accounts;

    @Test
    void noSyntheticLearnersWithoutTheSetting() {
        assertThat(accounts.findByUsername("load-learner-0001")).isEmpty();
    }
}
