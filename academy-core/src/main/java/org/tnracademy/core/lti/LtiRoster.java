package org.tnracademy.core.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.account.ExternalIdentity;
import org.tnracademy.core.account.ExternalSignIns;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.cohort.ExternalCohorts;

/**
 * Names and Role Provisioning Services: fills a cohort made from an LMS course with the course's
 * roster, so the gradebook lists learners before they first launch. Each active member gets their
 * academy account (the same one a launch would give them); learners are enrolled. The membership
 * container is read page by page ({@code Link: rel="next"}, NRPS 2.0) on the roster's own site,
 * up to {@link #MAX_MEMBERS} members and {@link #MAX_PAGES} pages.
 */
@Service
public class LtiRoster {

    static final int MAX_MEMBERS = 1000;
    static final int MAX_PAGES = 100;
    private static final Logger LOG = LoggerFactory.getLogger(LtiRoster.class);
    static final String MEMBERSHIPS_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    /** What a roster fill did. */
    public record Filled(int members, int enrolledNow) {
    }

    /** An LMS course the academy knows, with its cohort. */
    public record LinkedCohort(long cohortId, String issuer, boolean rosterAvailable) {
    }

    private final JdbcClient jdbc;
    private final LtiPlatforms platforms;
    private final PlatformTokens tokens;
    private final ExternalSignIns signIns;
    private final ExternalCohorts cohorts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    LtiRoster(JdbcClient jdbc, LtiPlatforms platforms, PlatformTokens tokens, ExternalSignIns signIns,
              ExternalCohorts cohorts) {
        this.jdbc = jdbc;
        this.platforms = platforms;
        this.tokens = tokens;
        this.signIns = signIns;
        this.cohorts = cohorts;
    }

    /** The cohorts made from LMS courses, for the administrators' LMS page. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<LinkedCohort> linkedCohorts() {
        return jdbc.sql("""
                        select x.cohort_id, p.issuer, x.memberships_url from lti_context x
                        join lti_platform p on p.id = x.platform_id order by x.cohort_id""")
                .query((rs, n) -> new LinkedCohort(rs.getLong(1), rs.getString(2), rs.getString(3) != null)).list();
    }

    /**
     * Reads the roster of the cohort's LMS course and enrols its learners.
     *
     * @throws IllegalArgumentException when the cohort comes from no LMS course offering a roster
     * @throws RosterUnavailableException when the platform could not be reached or answered badly
     */
    // a change to the cohort's members: its managers' and administrators' (the cohort rule), like enrolling
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public Filled fill(long cohortId) {
        record Context(long platformId, String url) {
        }
        Context context = jdbc.sql("select platform_id, memberships_url from lti_context where cohort_id = :c")
                .param("c", cohortId).query((rs, n) -> new Context(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(c -> c.url() != null).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cohort " + cohortId + " has no LMS roster"));
        LtiPlatform platform = platforms.byId(context.platformId()).orElseThrow();
        List<Object> members;
        try {
            members = members(platform, URI.create(context.url()));
        } catch (RosterUnavailableException e) {
            // the administrator is told only that the roster could not be read: the why is for operators
            LOG.warn("Roster of cohort {} not read, nothing changed: {}", cohortId, e.getMessage());
            throw e;
        }
        int enrolled = 0;
        Set<Long> counted = new HashSet<>();
        for (Object m : members) {
            Optional<AccountSummary> account = member(platform, m);
            // a member met on two pages (the roster changed while it was read) counts once
            if (account.isPresent() && counted.add(account.get().id())) {
                if (account.get().has(Role.LEARNER) && cohorts.enrol(cohortId, account.get().id())) {
                    enrolled++;
                }
            }
        }
        return new Filled(counted.size(), enrolled);
    }

    /**
     * Every page of the membership container, following {@code Link: rel="next"} while there is
     * one, up to {@link #MAX_MEMBERS} members and {@link #MAX_PAGES} pages (what lies beyond is
     * not read, as beyond the members' bound). All pages are read before anyone is enrolled, so a
     * page that fails, or a next page elsewhere than the roster's own site, fails the whole fill
     * and changes nothing.
     */
    private List<Object> members(LtiPlatform platform, URI roster) {
        List<Object> members = new ArrayList<>();
        Set<URI> read = new HashSet<>();
        try {
            String token = tokens.token(platform, LtiClaims.SCOPE_MEMBERSHIPS);
            URI page = roster;
            while (page != null && members.size() < MAX_MEMBERS && read.size() < MAX_PAGES) {
                if (!read.add(page)) {
                    throw new RosterUnavailableException("The roster " + roster + " links back to a page already read: "
                            + page);
                }
                PlatformTokens.Answer answer = PlatformTokens.PlatformCallException.answer(http,
                        HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(20))
                                .header("Authorization", "Bearer " + token).header("Accept", MEMBERSHIPS_TYPE)
                                .GET().build());
                if (JSONObjectUtils.parse(answer.body()).get("members") instanceof List<?> listed) {
                    listed.stream().limit(MAX_MEMBERS - members.size()).forEach(members::add);
                }
                Optional<String> next = LinkHeader.target(answer.headers().allValues("Link"), "next");
                page = next.isPresent() ? nextPage(roster, page, next.get()) : null;
            }
            if (page != null) {
                LOG.warn("The roster {} has more than {} members or {} pages: the rest is not read", roster,
                        MAX_MEMBERS, MAX_PAGES);
            }
            return members;
        } catch (PlatformTokens.PlatformCallException | ParseException e) {
            throw new RosterUnavailableException(e.getMessage());
        }
    }

    /**
     * The next page's address, relative ones read against the page that gave it. It must be on the
     * roster's own host and port, over https or the roster's scheme, with no user info: the
     * platform's token is sent there, and the academy calls nowhere else on a platform's word.
     */
    static URI nextPage(URI roster, URI page, String link) {
        URI next;
        try {
            next = page.resolve(new URI(link));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new RosterUnavailableException("The roster " + roster + " gave a next page that is no address: "
                    + link);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeAllowed = scheme.equals("https") || scheme.equalsIgnoreCase(roster.getScheme());
        if (!schemeAllowed || next.getRawUserInfo() != null || next.getHost() == null
                || !next.getHost().equalsIgnoreCase(roster.getHost()) || port(next) != port(roster)) {
            throw new RosterUnavailableException("The roster " + roster
                    + " gave a next page on another site, refused (only its own host and port): " + next);
        }
        return next;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @SuppressWarnings("unchecked")
    private Optional<AccountSummary> member(LtiPlatform platform, Object entry) {
        if (!(entry instanceof Map<?, ?> raw)) {
            return Optional.empty();
        }
        Map<String, Object> member = (Map<String, Object>) raw;
        Object status = member.get("status");
        if (!(member.get("user_id") instanceof String userId) || userId.isBlank() || userId.length() > 255
                || status != null && !"Active".equals(status)) {
            return Optional.empty();
        }
        List<String> roles = member.get("roles") instanceof List<?> l
                ? l.stream().filter(String.class::isInstance).map(String.class::cast).limit(50).toList() : List.of();
        String name = member.get("name") instanceof String s && s.length() <= 1000 ? s : null;
        String email = member.get("email") instanceof String s && s.length() <= 1000 ? s : null;
        LtiLaunch asLaunch = new LtiLaunch(platform, null, null, userId, name, email, LtiRoles.of(roles), null, null,
                null, Map.of(), null, null, null, null, null);
        return Optional.of(signIns.linked(new ExternalIdentity(platform.issuer(), userId,
                LtiLaunches.username(asLaunch), name, asLaunch.roles())));
    }

    /** The platform's roster could not be read now; nothing was changed. */
    public static class RosterUnavailableException extends RuntimeException {
        public RosterUnavailableException(String message) {
            super(message);
        }
    }
}
