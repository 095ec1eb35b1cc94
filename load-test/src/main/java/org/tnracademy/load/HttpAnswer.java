package org.tnracademy.load;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.hc.core5.http.Header;

/** What the academy answered a request: status, headers, and the body as text. */
record HttpAnswer(int statusCode, List<Header> headers, String body) {

    HttpAnswer(int statusCode, Header[] headers, String body) {
        this(statusCode, Arrays.asList(headers), body);
    }

    /** The first value of a header, by its case-insensitive name. */
    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).findFirst();
    }

    /** Every value of a header, by its case-insensitive name, in the order they came. */
    List<String> headers(String name) {
        return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).toList();
    }
}
