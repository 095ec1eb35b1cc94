package org.tnracademy.exercises.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The STIX object paths a supported pattern may compare, each with its check of a value and its
 * case rules. A value is compared by its canonical form ({@link #canonical}): two values match when
 * their canonical forms are equal, so a match is always the whole value, never a part of it.
 * Checks are hand-written loops over the value, linear in its length (no regular expression runs
 * over text from a bundle or a log).
 */
public enum ObservableType {

    /** Case-insensitive (DNS names are); a trailing root dot is ignored. */
    DOMAIN_NAME("domain-name:value", "a domain name such as update-check.example"),
    /** Scheme and host case-insensitive; user, path, query and fragment compared as written. */
    URL("url:value", "a URL such as https://login-verify.example/session"),
    /** One address; {@code /32} is the address itself, a wider CIDR range is refused. */
    IPV4_ADDR("ipv4-addr:value", "one IPv4 address such as 198.51.100.7 (CIDR ranges are not supported)"),
    /** One address in any of its written forms ({@code 2001:db8::1} = {@code 2001:0DB8:0:0:0:0:0:1}). */
    IPV6_ADDR("ipv6-addr:value", "one IPv6 address such as 2001:db8::7 (CIDR ranges are not supported)"),
    /** The local part as written, the domain case-insensitive. */
    EMAIL_ADDR("email-addr:value", "an email address such as desk@consulate-visa.example"),
    /** Case-sensitive, as on Android, iOS and Linux; a path in a log line matches by its last segment. */
    FILE_NAME("file:name", "a file name"),
    /** Case-sensitive, except a Windows path (drive letter or backslashes), compared without case. */
    FILE_PATH("file:path", "a file path"),
    FILE_MD5("file:hashes.MD5", "an MD5 hash of 32 hexadecimal digits"),
    FILE_SHA1("file:hashes.'SHA-1'", "a SHA-1 hash of 40 hexadecimal digits"),
    FILE_SHA256("file:hashes.'SHA-256'", "a SHA-256 hash of 64 hexadecimal digits"),
    /** Case-sensitive; an executable's path in a log line matches by its last segment. */
    PROCESS_NAME("process:name", "a process name");

    /** Longer than any real indicator value: a longer one is a mistake, not intelligence. */
    static final int MAX_VALUE_LENGTH = 2048;

    private final String objectPath;
    private final String expected;

    ObservableType(String objectPath, String expected) {
        this.objectPath = objectPath;
        this.expected = expected;
    }

    /** The object path as STIX writes it, such as {@code domain-name:value}. */
    public String objectPath() {
        return objectPath;
    }

    /** Null when the value suits this path, else why not. */
    String problemWith(String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return "a value of " + value.length() + " characters is longer than " + MAX_VALUE_LENGTH;
        }
        if (this == IPV4_ADDR && value.indexOf('/') >= 0 && !value.endsWith("/32")) {
            return "'" + value + "' is a CIDR range: CIDR ranges are not supported, only one address";
        }
        if (this == IPV6_ADDR && value.indexOf('/') >= 0 && !value.endsWith("/128")) {
            return "'" + value + "' is a CIDR range: CIDR ranges are not supported, only one address";
        }
        return canonical(value) == null ? "'" + value + "' is not " + expected : null;
    }

    /**
     * The form two equal values share, or null when the text is not a value of this type. Domains,
     * hashes, URL schemes and hosts and Windows paths are lower-cased; addresses are written one way.
     */
    public String canonical(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            return null;
        }
        return switch (this) {
            case DOMAIN_NAME -> Values.domain(value);
            case URL -> Values.url(value);
            case IPV4_ADDR -> Values.ipv4(value.endsWith("/32") ? value.substring(0, value.length() - 3) : value);
            case IPV6_ADDR -> Values.ipv6(value.endsWith("/128") ? value.substring(0, value.length() - 4) : value);
            case EMAIL_ADDR -> Values.email(value);
            case FILE_NAME, PROCESS_NAME -> Values.name(value);
            case FILE_PATH -> Values.path(value);
            case FILE_MD5 -> Values.hex(value, 32);
            case FILE_SHA1 -> Values.hex(value, 40);
            case FILE_SHA256 -> Values.hex(value, 64);
        };
    }

    /**
     * The type an object path names: {@code objectType} before the colon, {@code properties} the
     * dot-separated parts after it, quotes removed ({@code file:hashes.'SHA-256'} is
     * {@code file}, [{@code hashes}, {@code SHA-256}]). Hash names are read as bundles write them:
     * {@code MD5}, {@code 'SHA-1'}, {@code SHA1}, {@code 'SHA-256'}, {@code SHA256}, {@code sha256}...
     */
    static ObservableType byObjectPath(String objectType, List<String> properties) {
        String property = properties.size() == 1 ? properties.getFirst() : null;
        return switch (objectType) {
            case "domain-name" -> "value".equals(property) ? DOMAIN_NAME : null;
            case "url" -> "value".equals(property) ? URL : null;
            case "ipv4-addr" -> "value".equals(property) ? IPV4_ADDR : null;
            case "ipv6-addr" -> "value".equals(property) ? IPV6_ADDR : null;
            case "email-addr" -> "value".equals(property) ? EMAIL_ADDR : null;
            case "process" -> "name".equals(property) ? PROCESS_NAME : null;
            case "file" -> property == null ? fileHash(properties)
                    : "name".equals(property) ? FILE_NAME : "path".equals(property) ? FILE_PATH : null;
            default -> null;
        };
    }

    private static ObservableType fileHash(List<String> properties) {
        if (properties.size() != 2 || !"hashes".equals(properties.getFirst())) {
            return null;
        }
        return switch (properties.get(1).toUpperCase(Locale.ROOT).replace("-", "")) {
            case "MD5" -> FILE_MD5;
            case "SHA1" -> FILE_SHA1;
            case "SHA256" -> FILE_SHA256;
            default -> null;
        };
    }

    static List<String> objectPaths() {
        return Arrays.stream(values()).map(ObservableType::objectPath).toList();
    }
}
