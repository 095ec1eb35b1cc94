package org.tnracademy.ui.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.core.media.CourseImageInfo;
import org.tnracademy.core.media.ImageLibrary;
import org.tnracademy.ui.testsupport.SyntheticImages;

/**
 * Serving lesson pictures by hash, with the checked type, never sniffed, cached for good: a draft
 * upload to the studio's instructors and administrators only (see the core's DraftPictureAccessTest
 * for publishing), a published one to anyone signed in.
 */
@SpringBootTest
class CourseImageEndpointTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ImageLibrary library;
    @Autowired
    CatalogService catalog;

    MockMvc mvc;
    byte[] png;
    CourseImageInfo stored;

    @BeforeEach
    void storedPicture() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        png = SyntheticImages.png(24, 16, 41);
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("instructor", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
        SecurityContextHolder.setContext(signedIn);
        try {
            long courseId = catalog.courses().stream().map(CourseCard::id).findFirst().orElseThrow();
            stored = library.upload(courseId, "endpoint-map.png", png);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aDraftPictureIsNotFoundForALearnerWhoTypesItsAddress() throws Exception {
        MvcResult refused = mvc.perform(get(stored.url()).with(user("analyst").roles("LEARNER")))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(refused.getResponse().getContentAsByteArray()).isNotEqualTo(png);
        mvc.perform(get(stored.url()).with(user("manager").roles("COHORT_MANAGER"))).andExpect(status().isNotFound());
        mvc.perform(get(stored.url()).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void anInstructorGetsThePictureWithItsTypeNosniffAndImmutableCaching() throws Exception {
        MvcResult result = mvc.perform(get(stored.url()).with(user("instructor").roles("INSTRUCTOR")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("ETag", "\"" + stored.sha256() + "\""))
                .andExpect(header().string("Content-Security-Policy", CourseImageEndpoint.SANDBOX))
                .andReturn();
        assertThat(result.getResponse().getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(result.getResponse().getHeaders("Cache-Control")).singleElement().satisfies(c ->
                assertThat(c).contains("max-age=31536000").contains("private").contains("immutable")
                        .doesNotContain("no-store"));
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aRepeatedRequestWithTheEntityTagIsAnsweredNotModified() throws Exception {
        mvc.perform(get(stored.url()).header("If-None-Match", "\"" + stored.sha256() + "\"")
                        .with(user("instructor").roles("INSTRUCTOR")))
                .andExpect(status().isNotModified())
                .andExpect(content().bytes(new byte[0]));
    }

    @Test
    void unknownPicturesAndAddressesAre404() throws Exception {
        var instructor = user("instructor").roles("INSTRUCTOR");
        mvc.perform(get("/course-images/" + stored.courseId() + "/" + "0".repeat(64)).with(instructor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/course-images/987654321/" + stored.sha256()).with(instructor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/course-images/x/" + stored.sha256()).with(instructor)).andExpect(status().isNotFound());
        mvc.perform(get("/course-images/" + stored.courseId() + "/not-a-hash").with(instructor))
                .andExpect(status().isNotFound());
    }

    @Test
    void signedOutTheAnswerIs401AndNoPicture() throws Exception {
        MvcResult refused = mvc.perform(get(stored.url())).andExpect(status().isUnauthorized()).andReturn();
        assertThat(refused.getResponse().getContentAsByteArray()).isNotEqualTo(png);
    }

    @Test
    void onlyReadingIsAllowed() throws Exception {
        mvc.perform(post(stored.url()).with(user("instructor").roles("INSTRUCTOR")))
                .andExpect(status().isForbidden());
    }
}
