package org.tnracademy.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.progress.ProgressService;

/**
 * The /api read-out with mock bearer tokens carrying each role, and with HTTP Basic on local
 * accounts (the default profile): who gets what, and that a learner sees only themselves.
 */
@SpringBootTest
class ApiAccessTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    CatalogService catalog;
    @Autowired
    ProgressService progress;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    CohortService cohorts;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static JwtRequestPostProcessor token(String user, Role role) {
        return jwt().jwt(j -> j.subject(user).claim("preferred_username", user))
                .authorities(new SimpleGrantedAuthority(role.authority()));
    }

    @Test
    void aLearnerReadsTheirOwnProgressAndNothingOfAnotherLearner() throws Exception {
        // two fresh learners: what one has read must not show in the other's progress
        String me = "api-me-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "api-other-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(me, "Me Learner", "me-learner-password", EnumSet.of(Role.LEARNER));
        provisioning.ensure(other, "Other Learner", "other-learner-pw", EnumSet.of(Role.LEARNER));
        long lessonId = firstLesson();
        run(other, Role.LEARNER, () -> progress.markLessonRead(lessonId));

        String json = mvc.perform(get("/api/me/progress").with(token(me, Role.LEARNER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.learner").value(me))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn().getResponse().getContentAsString();
        assertThat(lessonDone(json, lessonId)).containsExactly(false);
        assertThat(json).doesNotContain(other).doesNotContain("Other Learner");

        String theirs = mvc.perform(get("/api/me/progress").with(token(other, Role.LEARNER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(lessonDone(theirs, lessonId)).containsExactly(true);
        assertThat(theirs).doesNotContain(me);
    }

    private static List<Boolean> lessonDone(String progressJson, long lessonId) {
        return JsonPath.read(progressJson, "$.courses[*].steps[?(@.id == " + lessonId + " && @.kind == 'lesson')].done");
    }

    @Test
    void courseResultsAreForInstructorsCohortManagersAndAdministratorsOnly() throws Exception {
        String address = "/api/courses/" + firstCourse() + "/results";
        for (Role role : List.of(Role.INSTRUCTOR, Role.ADMIN)) {
            mvc.perform(get(address).with(token("staff-" + role, role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.courseId").value(firstCourse()))
                    .andExpect(jsonPath("$.exercises[0].type").exists())
                    .andExpect(jsonPath("$.learners[?(@.username == 'analyst')]").exists());
        }
        // a cohort manager reads the learners of their own cohorts only: none while they manage none
        String manager = "api-cm-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(manager, "Api Manager", "api-manager-password", EnumSet.of(Role.COHORT_MANAGER));
        mvc.perform(get(address).with(token(manager, Role.COHORT_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exercises[0].type").exists())
                .andExpect(jsonPath("$.learners").isEmpty())
                .andExpect(jsonPath("$.page.totalLearners").value(0));
        long course = firstCourse();
        run(manager, Role.COHORT_MANAGER, () -> cohorts.enrol(cohorts.create(new CohortDetails("Api cohort " + manager,
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27), Set.of(course))).id(), "analyst"));
        mvc.perform(get(address).with(token(manager, Role.COHORT_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.learners[?(@.username == 'analyst')]").exists())
                .andExpect(jsonPath("$.page.totalLearners").value(1));
        mvc.perform(get(address).with(token("analyst", Role.LEARNER))).andExpect(status().isForbidden());
        mvc.perform(get(address)).andExpect(status().isUnauthorized());
    }

    @Test
    void progressIsOnlyForLearners() throws Exception {
        for (Role role : List.of(Role.INSTRUCTOR, Role.COHORT_MANAGER, Role.ADMIN)) {
            mvc.perform(get("/api/me/progress").with(token("staff-" + role, role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/me/progress")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
    }

    @Test
    void badPagesAndUnknownCoursesAreNamedInTheAnswer() throws Exception {
        var instructor = token("instructor", Role.INSTRUCTOR);
        mvc.perform(get("/api/courses/" + firstCourse() + "/results?limit=0").with(instructor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("limit")));
        mvc.perform(get("/api/courses/" + firstCourse() + "/results?offset=x").with(instructor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("'offset'")));
        mvc.perform(get("/api/courses/987654/results").with(instructor))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("No course with id 987654"));
    }

    @Test
    void addressesOutsideTheReadOutAreRefusedEvenToAdministrators() throws Exception {
        mvc.perform(get("/api/accounts").with(token("admin", Role.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/me/progress")
                .with(token("analyst", Role.LEARNER))).andExpect(status().isForbidden());
    }

    @Test
    void inTheDefaultProfileLocalAccountsSignInWithHttpBasic() throws Exception {
        mvc.perform(get("/api/me/progress").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.learner").value("analyst"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/me/progress").with(httpBasic("analyst", "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/courses/" + firstCourse() + "/results").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/courses/" + firstCourse() + "/results").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isForbidden());
    }

    private long firstCourse() {
        return asUser("analyst", Role.LEARNER, () -> catalog.outlines().getFirst().id());
    }

    private long firstLesson() {
        return asUser("analyst", Role.LEARNER, () -> catalog.outlines().getFirst().steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.LESSON).findFirst().orElseThrow().id());
    }

    private static <T> T asUser(String user, Role role, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void run(String user, Role role, Runnable work) {
        asUser(user, role, () -> {
            work.run();
            return null;
        });
    }
}
