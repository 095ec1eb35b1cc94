package org.tnracademy.ui.layout;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the Noto Sans fonts the core's build fetches for PDFs (Arabic, Simplified Chinese,
 * Japanese; SIL Open Font License, LICENSE_FONT beside them) as web fonts under {@value #PATH}, so
 * posts in those scripts look the same on every machine, fonts installed or not. styles.css
 * declares them with a {@code unicode-range}: a browser fetches one only for a page that shows
 * text in its script, never for a Latin-only page.
 */
@Configuration
class PostFonts implements WebMvcConfigurer {

    static final String PATH = "/fonts/**";
    /** Where academy-core's build puts them (its pom's pdf-fonts execution). */
    private static final String LOCATION = "classpath:/org/tnracademy/core/pdf/fonts/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH).addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.maxAge(7, TimeUnit.DAYS).cachePublic());
    }
}
