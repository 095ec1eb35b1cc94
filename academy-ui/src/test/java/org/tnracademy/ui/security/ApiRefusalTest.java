package org.tnracademy.ui.security;

import org.tnracademy.ui.testsupport.ActingAs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tnracademy.core.account.AccountAdministration;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;

/**
 * How /api refuses, with HTTP Basic on local accounts: 401 with a JSON body and a Basic challenge
 * for missing, wrong, throttled and deactivated credentials, 403 with JSON for a role that may not;
 * never a redirect. An attacker's address guessing a password is refused for that account while
 * the owner's address goes on working, as on the login page.
 */
@SpringBootTest
class ApiRefusalTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() & 0xfff));

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;

    MockMvc mvc;
    String learner;

    @BeforeEach
    void freshLearner() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        learner = "api-refusal-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Refusal Learner", "learner-secret-1", EnumSet.of(Role.LEARNER));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void noCredentialsAre401WithJsonAndABasicChallengeNeverARedirect() throws Exception {
        refused(mvc.perform(get("/api/me/progress").with(from(newAddress()))))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("HTTP Basic")));
    }

    @Test
    void aWrongPasswordAndAnUnknownNameAreTheSame401() throws Exception {
        String address = newAddress();
        refused(mvc.perform(get("/api/me/progress").with(httpBasic(learner, "wrong-password")).with(from(address))))
                .andExpect(jsonPath("$.message").value("Wrong username or password, or the account is deactivated"));
        refused(mvc.perform(get("/api/me/progress").with(httpBasic("nobody-" + learner, "x")).with(from(address))))
                .andExpect(jsonPath("$.message").value("Wrong username or password, or the account is deactivated"));
    }

    @Test
    void aDeactivatedAccountIs401WithJson() throws Exception {
        long id = asAdmin(() -> accounts.byUsernames(List.of(learner)).get(learner).id());
        asAdmin(() -> administration.setEnabled(id, false));
        refused(mvc.perform(get("/api/me/progress").with(httpBasic(learner, "learner-secret-1")).with(from(newAddress()))))
                .andExpect(jsonPath("$.message").value("Wrong username or password, or the account is deactivated"));
    }

    @Test
    void aThrottledAccountIs401WithJsonFromTheAttackersAddressOnlyAndEveryAttemptIsAudited() throws Exception {
        String attacker = newAddress();
        String owner = newAddress();
        for (int i = 0; i < 5; i++) {
            refused(mvc.perform(get("/api/me/progress").with(httpBasic(learner, "guess-" + i)).with(from(attacker))));
        }
        // the right password from the attacker's address is not even checked now
        refused(mvc.perform(get("/api/me/progress").with(httpBasic(learner, "learner-secret-1")).with(from(attacker))))
                .andExpect(jsonPath("$.message").value(Matchers.startsWith("Too many failed sign-ins")));
        mvc.perform(get("/api/me/progress").with(httpBasic(learner, "learner-secret-1")).with(from(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.learner").value(learner));

        List<AuditRecord> trail = asAdmin(() -> audit.of(learner));
        assertThat(trail).filteredOn(r -> r.action() == AuditAction.SIGN_IN_FAILED && attacker.equals(r.remoteAddress()))
                .hasSize(6);
        assertThat(trail).filteredOn(r -> r.action() == AuditAction.SIGN_IN_THROTTLED).singleElement()
                .satisfies(r -> assertThat(r.remoteAddress()).isEqualTo(attacker));
    }

    @Test
    void aRoleThatMayNotIs403WithJson() throws Exception {
        mvc.perform(get("/api/courses/1/results").with(httpBasic(learner, "learner-secret-1")).with(from(newAddress())))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.error").value("forbidden"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("roles")));
    }

    private static ResultActions refused(ResultActions answer) throws Exception {
        return answer.andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic realm=")))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(jsonPath("$.message").isNotEmpty());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A fresh documentation address (RFC 5737), so tests never share a counter. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return ActingAs.user("admin", Role.ADMIN, work);
    }
}
