package org.tnracademy.core.regrade;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.CoreTestApplication;

/** Regrades on embedded H2, in a context of their own so no other test's attempts are counted. */
@SpringBootTest(classes = CoreTestApplication.class)
@TestPropertySource(properties = "academy.test.isolated-context=regrade")
class RegradeOnH2Test extends RegradeContract {
}
