package org.tnracademy.core.cohort;

import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;

/** Cohort managers see their own cohorts only, on the embedded H2 database. */
@SpringBootTest(classes = CoreTestApplication.class)
class CohortScopingOnH2Test extends CohortScopingContract {
}
