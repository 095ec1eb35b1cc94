package org.tnracademy.load;

/** Something the browser would have shown as an error, or a page that did not look as expected. */
public final class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message);
    }
}
