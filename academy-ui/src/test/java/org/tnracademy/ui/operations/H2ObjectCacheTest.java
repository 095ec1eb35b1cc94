package org.tnracademy.ui.operations;

import org.junit.jupiter.api.Test;

class H2ObjectCacheTest {

    @Test
    void turnsTheCacheOffUnlessTheOperatorChose() {
        SystemPropertyDefaults.assertSetUnlessChosen(H2ObjectCache.PROPERTY, H2ObjectCache::offUnlessSet, "false", "true");
    }
}
