package org.tnracademy.ui.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The bound on every request body, in front of everything else (Spring Security and Vaadin
 * included): Vaadin reads a whole message from the page into memory before handling it, so one
 * huge request could fill the heap before any view is asked. A body announced over its cap is
 * answered 413 unread; a body with no announced length is read through a stream that fails once
 * past the cap. Uploads (Vaadin's dynamic resources) are left to {@link BoundedUpload}, which holds
 * each field's own limit the same way and writes its refusals to the audit log; a multipart body
 * is held within the container's multipart limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimit extends OncePerRequestFilter {

    /** A message from a page: room for a 5 MiB key pasted into an editor, escaped as JSON. */
    static final long MAX_MESSAGE_BYTES = 12L << 20;
    private static final String UPLOADS = "/VAADIN/dynamic/resource/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().contains(UPLOADS)) {
            chain.doFilter(request, response);
            return;
        }
        long cap = MAX_MESSAGE_BYTES;
        long announced = request.getContentLengthLong();
        if (announced > cap) {
            // the container drains a little of the body, then closes the connection
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(announced < 0 ? new Capped(request, cap) : request, response);
    }

    /** A request whose body fails to read past the cap: for bodies sent without a length. */
    static final class Capped extends HttpServletRequestWrapper {

        private final long cap;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long cap) {
            super(request);
            this.cap = cap;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), cap);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long cap;
        private long read;

        CappedStream(ServletInputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            int n = in.read(into, offset, (int) Math.min(length, cap + 1 - read));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            read += n;
            if (read > cap) {
                throw new IOException("request body over " + cap + " bytes: refused");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
