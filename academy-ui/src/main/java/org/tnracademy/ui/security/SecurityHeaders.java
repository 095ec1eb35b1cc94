package org.tnracademy.ui.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The headers every page carries, whichever way people sign in: they keep the pages out of frames
 * (but for an LTI session's own platform, {@link FramingHeaders}),
 * scripts to our own origin, and addresses out of referrers.
 */
final class SecurityHeaders {

    /**
     * Vaadin's bootstrap page uses inline scripts and styles, and its client runs server-sent
     * JavaScript with Function(), so 'unsafe-inline' and 'unsafe-eval' stay for scripts; everything
     * is loaded from our own origin, and nobody may frame the academy.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(h -> {
            // Vaadin's servlet commits its responses past Spring's wrapper: write the headers first
            h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // CSP and X-Frame-Options: nobody frames the academy, except an LTI session's platform
            h.addHeaderWriter(new FramingHeaders())
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                    .frameOptions(f -> f.disable());
        });
    }
}
