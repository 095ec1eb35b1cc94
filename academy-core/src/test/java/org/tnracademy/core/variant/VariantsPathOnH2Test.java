package org.tnracademy.core.variant;

import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;

/** Per-learner variants on the embedded H2 database. */
@SpringBootTest(classes = CoreTestApplication.class)
class VariantsPathOnH2Test extends VariantsPathContract {
}
