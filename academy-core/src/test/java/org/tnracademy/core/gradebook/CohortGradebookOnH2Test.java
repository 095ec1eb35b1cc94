package org.tnracademy.core.gradebook;

import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;

/** The cohort gradebook's query on the embedded H2 database. */
@SpringBootTest(classes = CoreTestApplication.class)
class CohortGradebookOnH2Test extends CohortGradebookContract {
}
