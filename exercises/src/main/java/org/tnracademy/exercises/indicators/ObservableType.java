package org.tnracademy.exercises.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The STIX object paths a supported pattern may compare, each with a check of its values. */
public enum ObservableType {

    DOMAIN_NAME("domain-name:value",
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+",
            "a domain name such as update-check.example"),
    IPV4_ADDR("ipv4-addr:value",
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)",
            "one IPv4 address such as 198.51.100.7 (CIDR ranges are not supported)"),
    URL("url:value", "[a-zA-Z][a-zA-Z0-9+.-]*://\\S+", "a URL such as https://login-verify.example/session"),
    FILE_SHA256("file:hashes.'SHA-256'", "[0-9a-fA-F]{64}", "a SHA-256 hash of 64 hexadecimal digits");

    private final String objectPath;
    private final Pattern validValue;
    private final String expected;

    ObservableType(String objectPath, String validValue, String expected) {
        this.objectPath = objectPath;
        this.validValue = Pattern.compile(validValue);
        this.expected = expected;
    }

    /** The object path as written in a pattern, such as {@code domain-name:value}. */
    public String objectPath() {
        return objectPath;
    }

    /** Null when the value suits this path, else why not. */
    String problemWith(String value) {
        return validValue.matcher(value).matches() ? null : "'" + value + "' is not " + expected;
    }

    static ObservableType byObjectPath(String path) {
        return Arrays.stream(values()).filter(t -> t.objectPath.equals(path)).findFirst().orElse(null);
    }

    static List<String> objectPaths() {
        return Arrays.stream(values()).map(ObservableType::objectPath).toList();
    }
}
