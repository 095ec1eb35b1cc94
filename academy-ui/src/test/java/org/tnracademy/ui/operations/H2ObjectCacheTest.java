package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2ObjectCacheTest {

    @Test
    void turnsTheCacheOffUnlessTheOperatorChose() {
        String before = System.getProperty(H2ObjectCache.PROPERTY);
        try {
            System.clearProperty(H2ObjectCache.PROPERTY);
            H2ObjectCache.offUnlessSet();
            assertThat(System.getProperty(H2ObjectCache.PROPERTY)).isEqualTo("false");

            System.setProperty(H2ObjectCache.PROPERTY, "true");
            H2ObjectCache.offUnlessSet();
            assertThat(System.getProperty(H2ObjectCache.PROPERTY)).isEqualTo("true");
        } finally {
            if (before == null) {
                System.clearProperty(H2ObjectCache.PROPERTY);
            } else {
                System.setProperty(H2ObjectCache.PROPERTY, before);
            }
        }
    }
}
