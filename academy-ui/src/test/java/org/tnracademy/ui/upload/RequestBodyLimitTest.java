package org.tnracademy.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every request body outside the uploads is capped before Vaadin or Spring Security reads it. */
class RequestBodyLimitTest {

    final RequestBodyLimit filter = new RequestBodyLimit();

    @Test
    void aMessageAnnouncedOverTheCapIsAnswered413Unread() throws Exception {
        MockHttpServletRequest request = announcing(300L << 20, "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("nothing behind the filter saw the request").isNull();
    }

    @Test
    void aMessageWithoutALengthFailsToReadPastTheCap() throws Exception {
        MockHttpServletRequest request = announcing(-1, "/");
        request.setContent(new byte[(int) RequestBodyLimit.MAX_MESSAGE_BYTES + 10]);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        ServletRequest passed = chain.getRequest();
        InputStream body = passed.getInputStream();
        assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("request body over");
    }

    @Test
    void aMessageWithinTheCapAndUploadsPassUntouched() throws Exception {
        MockHttpServletRequest small = announcing(5, "/");
        small.setContent("hello".getBytes());
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(small, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(small);

        // an upload is bounded by its own field's limit in BoundedUpload, which audits the refusal
        MockHttpServletRequest upload = announcing(300L << 20, "/VAADIN/dynamic/resource/1/abc/upload");
        MockFilterChain uploadChain = new MockFilterChain();
        filter.doFilter(upload, new MockHttpServletResponse(), uploadChain);
        assertThat(uploadChain.getRequest()).isSameAs(upload);
    }

    private static MockHttpServletRequest announcing(long length, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri) {
            @Override
            public long getContentLengthLong() {
                return length;
            }

            @Override
            public int getContentLength() {
                return (int) Math.min(Integer.MAX_VALUE, length);
            }
        };
        request.setRequestURI(uri);
        return request;
    }
}
