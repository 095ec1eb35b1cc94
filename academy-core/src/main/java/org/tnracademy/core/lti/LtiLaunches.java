package org.tnracademy.core.lti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.URI;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.account.ExternalIdentity;
import org.tnracademy.core.account.ExternalSignIns;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.cohort.ExternalCohorts;

/**
 * Step two of an LTI launch: the id token the platform posted with the login's state. The state
 * is taken (single use) before anything else; the token is validated; the LMS user (issuer and
 * subject) gets their academy account, the LMS context its cohort, and the launch's line item is
 * kept for scores to go back to. Nobody is signed in yet, so this carries no user guard: the signed
 * token is the authority.
 */
@Component
public class LtiLaunches {

    private static final Logger LOG = LoggerFactory.getLogger(LtiLaunches.class);
    private static final Pattern TARGET = Pattern.compile("/(exercises|courses)/(\\d{1,18})/?");

    private final LtiLogin login;
    private final LtiPlatforms platforms;
    private final LaunchValidator validator;
    private final ExternalSignIns signIns;
    private final ExternalCohorts cohorts;
    private final JdbcClient jdbc;

    LtiLaunches(LtiLogin login, LtiPlatforms platforms, LaunchValidator validator, ExternalSignIns signIns,
                ExternalCohorts cohorts, JdbcClient jdbc) {
        this.login = login;
        this.platforms = platforms;
        this.validator = validator;
        this.signIns = signIns;
        this.cohorts = cohorts;
        this.jdbc = jdbc;
    }

    /** @throws LaunchRefusedException with the reason, for any check that fails */
    public LaunchOutcome launch(String idToken, String state) {
        LtiLogin.PendingLogin pending = login.consume(state);
        LtiPlatform platform = platforms.byId(pending.platformId()).orElseThrow(() ->
                new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_PLATFORM, "removed meanwhile"));
        LtiLaunch launch = validator.validate(idToken, platform, pending.nonce());
        AccountSummary account = signIns.linked(new ExternalIdentity(platform.issuer(), launch.subject(),
                username(launch), launch.name(), launch.roles()));
        if (!account.enabled()) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.ACCOUNT_DEACTIVATED, account.username());
        }
        Set<String> origins = new LinkedHashSet<>(platform.origins());
        Optional.ofNullable(launch.returnUrl()).map(LtiPlatform::origin).ifPresent(origins::add);
        if (launch.deepLinking()) {
            if (launch.deepLinkReturnUrl() == null || !PlatformRules.secureAddress(launch.deepLinkReturnUrl())) {
                throw new LaunchRefusedException(LaunchRefusedException.Reason.BAD_TOKEN, "no usable deep_link_return_url");
            }
            origins.add(LtiPlatform.origin(launch.deepLinkReturnUrl()));
            LOG.info("LTI deep linking request from {} for {}", platform.issuer(), account.username());
            return new LaunchOutcome(account.username(), "lti/deep-linking", origins, new DeepLinkRequest(
                    platform.id(), launch.deploymentId(), launch.deepLinkReturnUrl(), launch.deepLinkData()));
        }
        Target target = target(launch);
        Long cohortId = launch.contextId() == null ? null : cohortOf(platform, launch);
        if (cohortId != null) {
            if (target != null) {
                cohorts.assign(cohortId, target.courseId());
            }
            if (account.has(Role.LEARNER)) {
                cohorts.enrol(cohortId, account.id());
            }
        }
        if (target != null && target.exercise() && launch.lineItemUrl() != null && account.has(Role.LEARNER)) {
            keepLineItem(platform, account.id(), target.id(), launch);
        }
        LOG.info("LTI launch from {} for {} to {}", platform.issuer(), account.username(), target);
        return new LaunchOutcome(account.username(), destination(target, account), origins, null);
    }

    /**
     * Every registered platform's origins: who may show the academy's refusal page in its frame
     * (before a launch is accepted, the academy does not know which platform is asking).
     */
    public Set<String> platformOrigins() {
        Set<String> origins = new java.util.TreeSet<>();
        jdbc.sql("select issuer, auth_url from lti_platform").query((rs, n) -> {
            Optional.ofNullable(LtiPlatform.origin(rs.getString(1))).ifPresent(origins::add);
            Optional.ofNullable(LtiPlatform.origin(rs.getString(2))).ifPresent(origins::add);
            return null;
        }).list();
        return origins;
    }

    /** A course or exercise the launch names: custom parameter first, then the target link's path. */
    record Target(boolean exercise, long id, long courseId) {
    }

    private Target target(LtiLaunch launch) {
        String exercise = launch.custom().get("exercise");
        String course = launch.custom().get("course");
        if (exercise != null && exercise.matches("\\d{1,18}")) {
            return exerciseTarget(Long.parseLong(exercise));
        }
        if (course != null && course.matches("\\d{1,18}")) {
            return courseTarget(Long.parseLong(course));
        }
        if (launch.targetLinkUri() != null) {
            try {
                String path = URI.create(launch.targetLinkUri()).getPath();
                Matcher m = path == null ? null : TARGET.matcher(path);
                if (m != null && m.find() && path.endsWith(m.group())) {
                    long id = Long.parseLong(m.group(2));
                    return m.group(1).equals("exercises") ? exerciseTarget(id) : courseTarget(id);
                }
            } catch (IllegalArgumentException notAnAddress) {
                return null;
            }
        }
        return null;
    }

    private Target exerciseTarget(long id) {
        return jdbc.sql("""
                        select m.course_id from exercise e join course_module m on m.id = e.module_id
                        join course c on c.id = m.course_id where e.id = :id and c.published = true""")
                .param("id", id).query(Long.class).optional().map(course -> new Target(true, id, course)).orElse(null);
    }

    private Target courseTarget(long id) {
        return jdbc.sql("select id from course where id = :id and published = true").param("id", id)
                .query(Long.class).optional().map(course -> new Target(false, id, course)).orElse(null);
    }

    /** Learners go to the page itself; instructors to its instructor's view (the preview). */
    private static String destination(Target target, AccountSummary account) {
        if (target == null) {
            return "";
        }
        if (account.has(Role.LEARNER)) {
            return (target.exercise() ? "exercises/" : "courses/") + target.id();
        }
        if (account.has(Role.INSTRUCTOR)) {
            return target.exercise() ? "instructor/exercises/" + target.id() + "/preview" : "instructor/courses";
        }
        return "";
    }

    private long cohortOf(LtiPlatform platform, LtiLaunch launch) {
        Optional<Long> known = contextCohort(platform.id(), launch.contextId());
        if (known.isEmpty()) {
            long cohort = cohorts.create(launch.contextTitle() == null ? platform.issuer() : launch.contextTitle());
            try {
                jdbc.sql("""
                                insert into lti_context (platform_id, context_id, cohort_id, memberships_url)
                                values (:p, :c, :cohort, :nrps)""")
                        .param("p", platform.id()).param("c", launch.contextId()).param("cohort", cohort)
                        .param("nrps", launch.membershipsUrl()).update();
                return cohort;
            } catch (DataIntegrityViolationException raced) {
                return contextCohort(platform.id(), launch.contextId()).orElseThrow();
            }
        }
        if (launch.membershipsUrl() != null) {
            jdbc.sql("update lti_context set memberships_url = :nrps where platform_id = :p and context_id = :c")
                    .param("nrps", launch.membershipsUrl()).param("p", platform.id()).param("c", launch.contextId())
                    .update();
        }
        return known.get();
    }

    private Optional<Long> contextCohort(long platformId, String contextId) {
        return jdbc.sql("select cohort_id from lti_context where platform_id = :p and context_id = :c")
                .param("p", platformId).param("c", contextId).query(Long.class).optional();
    }

    private void keepLineItem(LtiPlatform platform, long learnerId, long exerciseId, LtiLaunch launch) {
        int updated = jdbc.sql("""
                        update lti_line_item set line_item_url = :url, lms_user_id = :sub
                        where platform_id = :p and learner_id = :l and exercise_id = :e""")
                .param("url", launch.lineItemUrl()).param("sub", launch.subject()).param("p", platform.id())
                .param("l", learnerId).param("e", exerciseId).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                                insert into lti_line_item (platform_id, learner_id, exercise_id, lms_user_id, line_item_url)
                                values (:p, :l, :e, :sub, :url)""")
                        .param("url", launch.lineItemUrl()).param("sub", launch.subject()).param("p", platform.id())
                        .param("l", learnerId).param("e", exerciseId).update();
            } catch (DataIntegrityViolationException raced) {
                // the same learner's other launch stored it at the same moment
            }
        }
    }

    /**
     * LTI gives no username: the email when there is one, else a stable name from the issuer and
     * subject (no personal data). A taken name gets a suffix (ExternalSignIns).
     */
    static String username(LtiLaunch launch) {
        if (launch.email() != null && launch.email().length() <= ExternalIdentity.MAX_USERNAME
                && launch.email().matches("[^\\s@]+@[^\\s@]+")) {
            return launch.email().toLowerCase(java.util.Locale.ROOT);
        }
        return "lti-" + shortHash(launch.platform().issuer() + "\n" + launch.subject());
    }

    static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
