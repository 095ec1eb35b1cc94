package org.tnracademy.ui.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.RequestBodyTooLargeException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vaadin's UIDL handler, reading each request's body into buffers of the body's size. Vaadin's own
 * reads every body through a 64K-char buffer and a 64K-char builder, about 192 KB of garbage per
 * round trip when a click or a typed answer is a few hundred bytes: at 2,000 learners that was the
 * largest single source of what the node allocated, and so of its young collections
 * (docs/benchmarks.md). Everything else is Vaadin's: the same size limit and answer to a body over
 * it, the session locked only while the request is handled, the response written after.
 * <p>
 * Each round trip it answers is timed, from the first byte read to the last written: the latency a
 * learner feels, for operators to alert on (Spring's {@code http.server.requests} leaves these
 * requests out, see {@link UidlRequestObservations}).
 */
class SizedUidlRequestHandler extends UidlRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(SizedUidlRequestHandler.class);

    /** The read buffer at most; a body longer than it is read in several reads. */
    static final int CHUNK = 8 * 1024;
    /** What a builder starts with when the body's length is not declared (chunked). */
    static final int UNDECLARED = 1024;

    private final Timer roundTrips;

    SizedUidlRequestHandler(Timer roundTrips) {
        this.roundTrips = roundTrips;
    }

    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
            throws IOException {
        if (!isReadAndWriteOutsideSessionLock()) {
            return super.handleRequest(session, request, response);
        }
        if (!canHandleRequest(request)) {
            return false;
        }
        long start = System.nanoTime();
        try {
            BufferedReader reader = request.getReader();
            String body;
            try {
                body = reader == null ? null
                        : read(reader, request.getContentLength(), getMaxRequestBodySize(request));
            } catch (RequestBodyTooLargeException e) {
                log.warn("Rejected a request with a body larger than the configured maximum of {} characters",
                        e.getMaxBodySize());
                response.sendError(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode(), e.getMessage());
                return true;
            }
            session.lock();
            Optional<ResponseWriter> writer = synchronizedHandleRequest(session, request, response, body);
            session.unlock();
            if (writer.isPresent()) {
                writer.get().writeResponse();
                roundTrips.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            return writer.isPresent();
        } finally {
            if (session.hasLock()) {
                session.unlock();
            }
        }
    }

    /**
     * The whole body, refused once it passes {@code maxChars} (negative: no limit). The declared
     * length (bytes, -1 when unknown) only sizes the buffers: UTF-8 never has more characters than
     * bytes, and a body that lies about its length is still read to its end and still bounded.
     */
    static String read(Reader reader, long declaredBytes, long maxChars) throws IOException {
        long expected = declaredBytes > 0 ? declaredBytes : UNDECLARED;
        if (maxChars >= 0) {
            expected = Math.min(expected, maxChars + 1);
        }
        // never more at first than Vaadin's own handler allocated for every body
        int initial = (int) Math.clamp(expected, 16, MAX_BUFFER_SIZE);
        StringBuilder body = new StringBuilder(initial);
        char[] buffer = new char[Math.min(initial, CHUNK)];
        long total = 0;
        for (int n; (n = reader.read(buffer)) != -1; ) {
            total += n;
            if (maxChars >= 0 && total > maxChars) {
                throw new RequestBodyTooLargeException(maxChars);
            }
            body.append(buffer, 0, n);
        }
        return body.toString();
    }
}
