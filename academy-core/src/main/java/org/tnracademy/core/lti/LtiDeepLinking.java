package org.tnracademy.core.lti;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deep Linking 2.0: the LMS instructor picked an exercise; the academy answers with an
 * LtiDeepLinkingResponse JWT, signed with the tool's key, holding one LTI resource link whose
 * custom parameter names the exercise and a line item for its score.
 */
@Service
public class LtiDeepLinking {

    static final int MAX_TITLE = 200;

    private final LtiPlatforms platforms;
    private final ToolKeys keys;
    private final JdbcClient jdbc;

    LtiDeepLinking(LtiPlatforms platforms, ToolKeys keys, JdbcClient jdbc) {
        this.platforms = platforms;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /**
     * @param launchUrl the academy's launch address, where the link will launch
     * @param title     the exercise's title as the instructor saw it, shown in the LMS
     * @throws IllegalArgumentException when the exercise is not in a published course
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public DeepLinkResponse respond(DeepLinkRequest request, long exerciseId, String title, String launchUrl) {
        boolean published = jdbc.sql("""
                        select count(*) from exercise e join course_module m on m.id = e.module_id
                        join course c on c.id = m.course_id where e.id = :id and c.published = true""")
                .param("id", exerciseId).query(Integer.class).single() > 0;
        if (!published) {
            throw new IllegalArgumentException("Exercise " + exerciseId + " is not in a published course");
        }
        LtiPlatform platform = platforms.byId(request.platformId())
                .orElseThrow(() -> new IllegalArgumentException("The platform is no longer registered"));
        String shown = title == null || title.isBlank() ? "Exercise " + exerciseId
                : title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", shown);
        item.put("url", launchUrl);
        item.put("custom", Map.of("exercise", Long.toString(exerciseId)));
        item.put("lineItem", Map.of("scoreMaximum", 100, "label", shown, "resourceId", "exercise-" + exerciseId));
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.clientId())
                .audience(platform.issuer()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DL_CONTENT_ITEMS, List.of(item));
        if (request.data() != null) {
            claims.claim(LtiClaims.DL_DATA, request.data());
        }
        return new DeepLinkResponse(request.returnUrl(), keys.sign(claims.build()));
    }
}
