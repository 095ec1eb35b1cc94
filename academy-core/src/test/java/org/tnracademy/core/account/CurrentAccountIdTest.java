package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.CountedStatements;
import org.tnracademy.core.support.SignedIn;

/**
 * The signed-in account's id is each person's own, read from the database once per node (an
 * account is never renamed or deleted), and refused to nobody signed in or a name with no account.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@Import(CountedStatements.Config.class)
class CurrentAccountIdTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountProvisioning provisioning;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void eachPersonGetsTheirOwnAccountsIdAndTheSecondCallReadsNothing() {
        String first = learner();
        String second = learner();

        SignedIn.as(first, Role.LEARNER);
        long firstId = accounts.currentId();
        assertThat(firstId).isEqualTo(accounts.current().id());
        assertThat(CountedStatements.during(accounts::currentId)).isZero();

        SignedIn.as(second, Role.LEARNER);
        assertThat(accounts.currentId()).isEqualTo(accounts.current().id()).isNotEqualTo(firstId);
        SignedIn.as(first, Role.LEARNER);
        assertThat(accounts.currentId()).isEqualTo(firstId);
    }

    @Test
    void nobodySignedInOrANameWithoutAnAccountIsRefused() {
        assertThatThrownBy(accounts::currentId).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        SignedIn.as("no-such-account-" + UUID.randomUUID(), Role.LEARNER);
        assertThatThrownBy(accounts::currentId).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String learner() {
        String name = "current-id-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(name, "Learner", "long-enough-pw", EnumSet.of(Role.LEARNER));
        return name;
    }
}
