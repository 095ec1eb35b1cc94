package org.tnracademy.core.packs;

import java.util.regex.Pattern;

/** Which relative paths a pack may refer to: plain names inside the pack, nothing that climbs out. */
final class PackPaths {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");

    private PackPaths() {
    }

    static boolean isSafe(String relativePath) {
        return relativePath != null && SAFE.matcher(relativePath).matches() && !relativePath.contains("..");
    }
}
