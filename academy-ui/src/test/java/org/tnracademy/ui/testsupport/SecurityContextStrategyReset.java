package org.tnracademy.ui.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each Spring test context installs its own global SecurityContextHolder strategy, so after a
 * second context starts in the same JVM, @WithMockUser would write into the other context's
 * holder. Before each test (and before a per-class instance's set-up), and before the mock user is
 * set, this puts back the strategy of the context the test runs in.
 */
public class SecurityContextStrategyReset extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** A per-class instance's @BeforeAll (a suite's set-up as an administrator) runs after this, before any test method. */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        beforeTestMethod(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
