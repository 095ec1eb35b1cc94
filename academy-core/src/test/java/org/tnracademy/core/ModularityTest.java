package org.tnracademy.core;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages of the core depend on each other only through their public types, without cycles. */
class ModularityTest {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of("org.tnracademy.core").verify();
    }
}
