package org.tnracademy.exercises.indicators;

import java.util.Locale;

/** One value an indicator's pattern looks for, such as the domain name update-check.example. */
public record Observable(ObservableType type, String value) {

    /**
     * True when the value occurs in the text. Domain names and hashes are compared without case, as
     * they mean the same in either case; URLs and addresses as written.
     */
    public boolean occursIn(String text) {
        return switch (type) {
            case DOMAIN_NAME, FILE_SHA256 -> text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
            case IPV4_ADDR, URL -> text.contains(value);
        };
    }
}
