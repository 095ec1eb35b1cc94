package org.tnracademy.ui.operations;

/**
 * H2 keeps the last 1,024 strings and values it read, of any length (an exercise's spec, an
 * answer, a 50,000-character essay), in a cache of the whole JVM behind a soft reference. A full
 * GC keeps it, so it counted in a node's heap after GC (6.8 MB in a heap dump of 100 learners),
 * and each read hashes and compares the whole text to look it up. The academy reads such texts
 * once per request and keeps what it parses itself, so the cache saves nothing here: it is off
 * unless an operator sets {@value #PROPERTY}.
 */
public final class H2ObjectCache {

    /** H2 reads this system property once, when its classes load. */
    static final String PROPERTY = "h2.objectCache";

    private H2ObjectCache() {
    }

    /** Call before H2 loads (first thing in main); a value the operator gave is kept. */
    public static void offUnlessSet() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "false");
        }
    }
}
