package org.tnracademy.core.lti;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;

/**
 * The LMSs registered to launch the academy. Administrators add, change and remove them; the
 * launch machinery reads them (package-private) with nobody signed in yet.
 */
@Service
public class LtiPlatforms {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LtiPlatforms(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<LtiPlatform> list() {
        return jdbc.sql(SELECT + " order by issuer, client_id").query((rs, n) -> row(rs)).list();
    }

    /**
     * Registers a platform (id null) or changes one; every problem is named by field and nothing is
     * saved while there is any.
     *
     * @return the platform as saved
     * @throws PlatformRefusedException with the problems
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public LtiPlatform save(Long id, PlatformForm form) {
        List<PlatformProblem> problems = new ArrayList<>(PlatformRules.check(form));
        if (problems.isEmpty()) {
            Optional<Long> same = jdbc.sql("select id from lti_platform where issuer = :iss and client_id = :client")
                    .param("iss", form.issuer().strip()).param("client", form.clientId().strip())
                    .query(Long.class).optional();
            if (same.isPresent() && !same.get().equals(id)) {
                problems.add(new PlatformProblem(PlatformProblem.Field.CLIENT_ID, PlatformProblem.Reason.TAKEN, 0));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlatformRefusedException(problems);
        }
        String deployments = String.join("\n", PlatformRules.deploymentIds(form.deploymentIds()));
        long saved;
        if (id == null) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            insert into lti_platform (issuer, client_id, deployment_ids, jwks_url, auth_url, token_url, created_at)
                            values (:iss, :client, :deployments, :jwks, :auth, :token, :now)""")
                    .params(params(form, deployments)).param("now", now()).update(keys, "id");
            saved = keys.getKey().longValue();
        } else {
            int changed = jdbc.sql("""
                            update lti_platform set issuer = :iss, client_id = :client, deployment_ids = :deployments,
                            jwks_url = :jwks, auth_url = :auth, token_url = :token where id = :id""")
                    .params(params(form, deployments)).param("id", id).update();
            if (changed == 0) {
                throw new IllegalArgumentException("No LTI platform " + id);
            }
            saved = id;
        }
        LtiPlatform platform = byId(saved).orElseThrow();
        audit.record(actor(), AuditAction.LTI_PLATFORM_CHANGED, (id == null ? "registered " : "changed ")
                + platform.issuer() + " client " + platform.clientId(), null);
        return platform;
    }

    /** Removes a registration: its launches stop working; accounts, cohorts and grades stay. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(long id) {
        byId(id).ifPresent(p -> {
            jdbc.sql("delete from lti_platform where id = :id").param("id", id).update();
            audit.record(actor(), AuditAction.LTI_PLATFORM_CHANGED, "removed " + p.issuer() + " client "
                    + p.clientId(), null);
        });
    }

    Optional<LtiPlatform> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    /** The registration a login or launch names; with no client id, the issuer's only one. */
    Optional<LtiPlatform> find(String issuer, String clientId) {
        if (clientId == null || clientId.isBlank()) {
            List<LtiPlatform> ofIssuer = jdbc.sql(SELECT + " where issuer = :iss").param("iss", issuer)
                    .query((rs, n) -> row(rs)).list();
            return ofIssuer.size() == 1 ? Optional.of(ofIssuer.getFirst()) : Optional.empty();
        }
        return jdbc.sql(SELECT + " where issuer = :iss and client_id = :client").param("iss", issuer)
                .param("client", clientId).query((rs, n) -> row(rs)).optional();
    }

    private static final String SELECT =
            "select id, issuer, client_id, deployment_ids, jwks_url, auth_url, token_url from lti_platform";

    private static LtiPlatform row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LtiPlatform(rs.getLong(1), rs.getString(2), rs.getString(3),
                Arrays.stream(rs.getString(4).split("\n")).filter(s -> !s.isBlank()).toList(),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }

    private static java.util.Map<String, Object> params(PlatformForm form, String deployments) {
        return java.util.Map.of("iss", form.issuer().strip(), "client", form.clientId().strip(),
                "deployments", deployments, "jwks", form.jwksUrl().strip(), "auth", form.authUrl().strip(),
                "token", form.tokenUrl().strip());
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static java.time.OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
