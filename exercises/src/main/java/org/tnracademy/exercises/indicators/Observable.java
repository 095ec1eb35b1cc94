package org.tnracademy.exercises.indicators;

/** One comparison of a pattern: the value an object path must equal, such as the domain name update-check.example. */
public record Observable(ObservableType type, String value) {

    /**
     * True when the log line holds this value whole, by the type's case rules
     * ({@link ObservableType}): {@code update-check.example} is not found in
     * {@code cdn.update-check.example}. A file or process name is also found as the last segment of
     * a path ({@code /data/local/tmp/bh} holds the name {@code bh}).
     */
    public boolean foundIn(String line) {
        return foundIn(LogValues.of(line));
    }

    boolean foundIn(LogValues line) {
        String expected = type.canonical(value);
        if (expected == null) {
            return false;
        }
        boolean byName = type == ObservableType.FILE_NAME || type == ObservableType.PROCESS_NAME;
        for (String candidate : line.values()) {
            if (expected.equals(type.canonical(candidate))) {
                return true;
            }
            if (byName) {
                int slash = Math.max(candidate.lastIndexOf('/'), candidate.lastIndexOf('\\'));
                if (slash >= 0 && expected.equals(candidate.substring(slash + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
