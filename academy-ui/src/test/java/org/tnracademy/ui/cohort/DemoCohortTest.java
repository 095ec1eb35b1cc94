package org.tnracademy.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;

/** The demo setup gives the demo manager a cohort with the demo analyst in it, once. */
@SpringBootTest(properties = {"academy.demo-cohort=true", "academy.test.isolated-context=demo-cohort"})
@WithMockUser(username = "manager", roles = "COHORT_MANAGER")
class DemoCohortTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    ApplicationContext context;

    @Test
    void theDemoManagerSeesTheDemoCohortWithTheAnalystAndAStartAgainAddsNoSecondOne() throws Exception {
        ApplicationArguments none = new DefaultApplicationArguments();
        ApplicationRunner demo = (ApplicationRunner) context.getBean("demoCohort");
        demo.run(none);

        assertThat(cohorts.cohorts()).extracting(CohortSummary::name).containsExactly("Demo cohort");
        CohortSummary cohort = cohorts.cohorts().getFirst();
        assertThat(cohorts.members(cohort.id(), "", 0, 10)).extracting(m -> m.username()).containsExactly("analyst");
    }
}
