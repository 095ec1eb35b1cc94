package org.tnracademy.ui.lti;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tnracademy.core.lti.LaunchOutcome;
import org.tnracademy.core.lti.LaunchRefusedException;
import org.tnracademy.core.lti.LoginRequest;
import org.tnracademy.core.lti.LtiLaunches;
import org.tnracademy.core.lti.LtiLogin;
import org.tnracademy.core.lti.ToolKeys;
import org.tnracademy.ui.security.FramingHeaders;

/**
 * The addresses an LMS calls: OIDC login initiation ({@code /lti/login}), the launch
 * ({@code /lti/launch}) and the tool's public keys ({@code /lti/jwks}). A launch that passes every
 * check signs the LMS user in with a new session (any earlier session is ended: no session
 * fixation), marks the session as framable by that platform only, and sends them on inside the
 * academy. A refused one gets a short page in their language saying why, with no token and no
 * stack trace.
 */
@RestController
class LtiEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(LtiEndpoints.class);

    private final LtiLogin login;
    private final LtiLaunches launches;
    private final ToolKeys keys;
    private final UserDetailsService users;
    private final LtiPages pages;

    LtiEndpoints(LtiLogin login, LtiLaunches launches, ToolKeys keys, UserDetailsService users, LtiPages pages) {
        this.login = login;
        this.launches = launches;
        this.keys = keys;
        this.users = users;
        this.pages = pages;
    }

    @RequestMapping(path = LtiSecurity.LOGIN, method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> login(@RequestParam(name = "iss", required = false) String issuer,
                                 @RequestParam(name = "login_hint", required = false) String loginHint,
                                 @RequestParam(name = "target_link_uri", required = false) String target,
                                 @RequestParam(name = "lti_message_hint", required = false) String messageHint,
                                 @RequestParam(name = "client_id", required = false) String clientId,
                                 @RequestParam(name = "lti_deployment_id", required = false) String deploymentId,
                                 HttpServletRequest request) {
        try {
            String redirect = login.initiate(new LoginRequest(issuer, loginHint, target, messageHint, clientId,
                    deploymentId), academy(request) + LtiSecurity.LAUNCH);
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, redirect)
                    .cacheControl(CacheControl.noStore()).build();
        } catch (LaunchRefusedException refused) {
            return refusedPage(refused, request);
        }
    }

    @PostMapping(LtiSecurity.LAUNCH)
    ResponseEntity<String> launch(@RequestParam(name = "id_token", required = false) String idToken,
                                  @RequestParam(name = "state", required = false) String state,
                                  HttpServletRequest request, HttpServletResponse response) {
        LaunchOutcome outcome;
        try {
            outcome = launches.launch(idToken, state);
        } catch (LaunchRefusedException refused) {
            return refusedPage(refused, request);
        }
        signIn(outcome, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, academy(request) + "/" + outcome.destination())
                .cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping(LtiSecurity.JWKS)
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/jwk-set+json"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .header("X-Content-Type-Options", "nosniff").body(keys.jwks());
    }

    private void signIn(LaunchOutcome outcome, HttpServletRequest request, HttpServletResponse response) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate(); // whoever was signed in here before, the LMS user starts afresh
        }
        HttpSession session = request.getSession(true);
        UserDetails user = users.loadUserByUsername(outcome.username());
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        // where Spring Security's session-backed context store reads it on the next requests
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        session.setAttribute(FramingHeaders.FRAME_ANCESTORS, String.join(" ", outcome.frameOrigins()));
        if (outcome.deepLinking() != null) {
            session.setAttribute(DeepLinkingView.REQUEST, outcome.deepLinking());
        }
        LtiSessionCookie.allowInFrames(request, response, session);
    }

    private ResponseEntity<String> refusedPage(LaunchRefusedException refused, HttpServletRequest request) {
        LOG.info("LTI request refused from {}: {}", request.getRemoteAddr(), refused.getMessage());
        Locale locale = request.getLocale();
        return ResponseEntity.status(refused.reason() == LaunchRefusedException.Reason.KEYS_UNREACHABLE
                        ? HttpStatus.BAD_GATEWAY : HttpStatus.BAD_REQUEST)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                // nothing to click on this page: any registered LMS may show it in its frame
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "frame-ancestors " + pages.registeredOrigins())
                .body(pages.refused(refused.reason(), locale));
    }

    static String academy(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    }
}
