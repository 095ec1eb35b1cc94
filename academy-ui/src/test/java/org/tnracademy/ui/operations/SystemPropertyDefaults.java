package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A setting the academy gives a library as a system property before the library loads: set when the
 * JVM was given none, an operator's own value kept. The property is as it was after the check.
 */
final class SystemPropertyDefaults {

    private SystemPropertyDefaults() {
    }

    static void assertSetUnlessChosen(String property, Runnable setDefault, String expectedDefault,
                                      String operatorsValue) {
        String before = System.getProperty(property);
        try {
            System.clearProperty(property);
            setDefault.run();
            assertThat(System.getProperty(property)).as("set when the JVM has none").isEqualTo(expectedDefault);

            System.setProperty(property, operatorsValue);
            setDefault.run();
            assertThat(System.getProperty(property)).as("the operator's own value kept").isEqualTo(operatorsValue);
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }
}
