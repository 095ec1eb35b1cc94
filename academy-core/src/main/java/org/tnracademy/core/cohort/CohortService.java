package org.tnracademy.core.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;

/**
 * What cohort managers do with cohorts: create and change them, enrol analysts one by one or
 * from a CSV file, move them to another cohort and remove them. Every change is audited; a refused
 * change changes nothing, and a CSV enrolment is all or nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('COHORT_MANAGER', 'ADMIN')")
public class CohortService {

    /** Columns of the enrolment CSV file; the first line names them. */
    public static final List<String> CSV_COLUMNS = List.of("username");
    static final int MAX_NAME = 200;

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final CohortManagers managers;
    private final CohortAccess access;
    private final ApplicationEventPublisher events;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, AccountService accounts,
                  CatalogService catalog, AuditLog audit, JdbcClient jdbc, CohortManagers managers,
                  CohortAccess access, ApplicationEventPublisher events) {
        this.events = events;
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.catalog = catalog;
        this.audit = audit;
        this.jdbc = jdbc;
        this.managers = managers;
        this.access = access;
    }

    /**
     * The cohorts the signed-in person may see, the most recent start first: a cohort manager's own,
     * every cohort for administrators and for instructors (who pick one to analyse).
     */
    @PreAuthorize("hasAnyRole('COHORT_MANAGER', 'INSTRUCTOR', 'ADMIN')")
    public List<CohortSummary> cohorts() {
        List<Cohort> visible = access.seesEveryCohort() ? cohorts.findAllByOrderByStartsOnDescNameAsc()
                : cohorts.managedBy(access.username());
        return visible.stream().map(c -> c.summary(members.countByCohortId(c.id()))).toList();
    }

    @PreAuthorize("@cohortAccess.mayRead(#cohortId)")
    public Optional<CohortSummary> cohort(long cohortId) {
        return cohorts.findById(cohortId).map(c -> c.summary(members.countByCohortId(cohortId)));
    }

    /** The exercises of the cohort's courses, course by course in catalogue order. */
    @PreAuthorize("@cohortAccess.mayRead(#cohortId)")
    public List<CohortExercise> exercises(long cohortId) {
        Cohort cohort = find(cohortId);
        List<CohortExercise> out = new ArrayList<>();
        for (Long courseId : cohort.summary(0).courseIds()) {
            catalog.outline(courseId).ifPresent(o -> o.steps().stream()
                    .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                    .forEach(s -> out.add(new CohortExercise(s.id(), courseId, s.title(), s.exerciseType(),
                            s.maxAttempts()))));
        }
        return out;
    }

    /** Every learner of the cohort, for analyses over the whole cohort. */
    @PreAuthorize("@cohortAccess.mayRead(#cohortId)")
    public List<Long> learnerIds(long cohortId) {
        return members.learnerIdsOf(cohortId);
    }

    /** Creates a cohort; a cohort manager who creates one manages it. */
    @Transactional
    public CohortSummary create(CohortDetails details) {
        refuseIfAny(check(details, null));
        Cohort saved = cohorts.saveAndFlush(new Cohort(details, Instant.now()));
        AccountSummary creator = accounts.current();
        if (creator.has(Role.COHORT_MANAGER)) {
            managers.add(saved.id(), creator.username());
        }
        audit.record(creator.username(), AuditAction.COHORT_CREATED,
                CohortAuditTexts.message("cohort-created", saved.summary(0), catalog),
                CohortAuditTexts.describe(saved.summary(0)), null);
        return saved.summary(0);
    }

    @Transactional
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public CohortSummary change(long cohortId, CohortDetails details) {
        Cohort cohort = find(cohortId);
        refuseIfAny(check(details, cohortId));
        cohort.change(details);
        cohorts.saveAndFlush(cohort);
        CohortSummary summary = cohort.summary(members.countByCohortId(cohortId));
        audit.record(actor(), AuditAction.COHORT_CHANGED, CohortAuditTexts.message("cohort-changed", summary, catalog),
                CohortAuditTexts.describe(summary), null);
        return summary;
    }

    /** Enrols one existing learner account by its username. */
    @Transactional
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public CohortMemberRow enrol(long cohortId, String username) {
        Cohort cohort = find(cohortId);
        List<CohortProblem> problems = new ArrayList<>();
        String name = username == null ? "" : username.strip();
        AccountSummary learner = name.isEmpty() ? null : accounts.byUsernames(List.of(name)).get(name);
        Enrolments.checkLearner(0, name, learner, problems);
        if (learner != null && problems.isEmpty() && members.existsByCohortIdAndLearnerId(cohortId, learner.id())) {
            problems.add(new CohortProblem(0, "username", CohortProblem.Reason.ALREADY_ENROLLED, name));
        }
        refuseIfAny(problems);
        Instant now = Instant.now();
        members.saveAndFlush(new CohortMember(cohortId, learner.id(), now));
        events.publishEvent(new LearnersEnrolled(cohortId, List.of(learner.id())));
        audit.record(actor(), AuditAction.COHORT_LEARNERS_ENROLLED,
                AuditMessage.of("cohort-learner-enrolled", cohort.name(), name), cohort.name() + ": " + name, null);
        return new CohortMemberRow(learner.id(), learner.username(), learner.displayName(), now);
    }

    /**
     * Enrols the learners named in a CSV file with the columns {@link #CSV_COLUMNS}. Every row is
     * checked first and all problems are reported with their row numbers (the header is row 1);
     * one problem and nobody is enrolled.
     *
     * @return the number of learners enrolled
     */
    @Transactional
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public int enrolFromCsv(long cohortId, String csv) {
        try {
            return enrolCheckedCsv(cohortId, csv);
        } catch (CohortChangeRefusedException refused) {
            audit.recordRefusedUpload(RefusedUpload.problems(RefusedUpload.Field.COHORT_ENROLMENT, null,
                    refused.problems().size()), null);
            throw refused;
        }
    }

    private int enrolCheckedCsv(long cohortId, String csv) {
        Cohort cohort = find(cohortId);
        List<CohortProblem> problems = new ArrayList<>();
        Map<Integer, String> usernameByRow = Enrolments.usernamesByRow(csv);
        Map<String, AccountSummary> found = accounts.byUsernames(
                usernameByRow.values().stream().filter(u -> !u.isEmpty()).distinct().toList());
        Set<Long> already = new HashSet<>(members.membersAmong(cohortId,
                found.values().stream().map(AccountSummary::id).toList()));
        Set<String> seen = new HashSet<>();
        List<Long> toEnrol = new ArrayList<>();
        for (Map.Entry<Integer, String> e : usernameByRow.entrySet()) {
            int row = e.getKey();
            String name = e.getValue();
            AccountSummary learner = found.get(name);
            int before = problems.size();
            Enrolments.checkLearner(row, name, learner, problems);
            if (problems.size() > before) {
                continue;
            }
            if (!seen.add(name)) {
                problems.add(new CohortProblem(row, "username", CohortProblem.Reason.DUPLICATE_IN_FILE, name));
            } else if (already.contains(learner.id())) {
                problems.add(new CohortProblem(row, "username", CohortProblem.Reason.ALREADY_ENROLLED, name));
            } else {
                toEnrol.add(learner.id());
            }
        }
        refuseIfAny(problems);
        Instant now = Instant.now();
        members.saveAllAndFlush(toEnrol.stream().map(id -> new CohortMember(cohortId, id, now)).toList());
        events.publishEvent(new LearnersEnrolled(cohortId, List.copyOf(toEnrol)));
        audit.record(actor(), AuditAction.COHORT_LEARNERS_ENROLLED,
                AuditMessage.of("cohort-learners-enrolled", cohort.name(), toEnrol.size()),
                cohort.name() + ": " + toEnrol.size() + " analysts from a CSV file", null);
        return toEnrol.size();
    }

    /** Moves a learner from one cohort to another; their attempts and standings stay as they are. */
    @Transactional
    @PreAuthorize("@cohortAccess.mayManage(#fromCohortId) and @cohortAccess.mayManage(#toCohortId)")
    public void move(long learnerId, long fromCohortId, long toCohortId) {
        Cohort from = find(fromCohortId);
        Cohort to = find(toCohortId);
        List<CohortProblem> problems = new ArrayList<>();
        String learner = String.valueOf(learnerId);
        if (fromCohortId == toCohortId) {
            problems.add(new CohortProblem(0, "cohort", CohortProblem.Reason.SAME_COHORT, to.name()));
        } else if (!members.existsByCohortIdAndLearnerId(fromCohortId, learnerId)) {
            problems.add(new CohortProblem(0, "learner", CohortProblem.Reason.NOT_ENROLLED, learner));
        } else if (members.existsByCohortIdAndLearnerId(toCohortId, learnerId)) {
            problems.add(new CohortProblem(0, "cohort", CohortProblem.Reason.ALREADY_ENROLLED, to.name()));
        }
        refuseIfAny(problems);
        members.deleteMember(fromCohortId, learnerId);
        members.saveAndFlush(new CohortMember(toCohortId, learnerId, Instant.now()));
        audit.record(actor(), AuditAction.COHORT_LEARNER_MOVED,
                AuditMessage.of("cohort-learner-moved", nameOf(learnerId), from.name(), to.name()),
                nameOf(learnerId) + ": " + from.name() + " -> " + to.name(), null);
    }

    /** Takes a learner out of a cohort; their attempts and standings are kept. */
    @Transactional
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public void remove(long cohortId, long learnerId) {
        Cohort cohort = find(cohortId);
        if (members.deleteMember(cohortId, learnerId) == 0) {
            refuseIfAny(List.of(new CohortProblem(0, "learner", CohortProblem.Reason.NOT_ENROLLED,
                    String.valueOf(learnerId))));
        }
        audit.record(actor(), AuditAction.COHORT_LEARNER_REMOVED,
                AuditMessage.of("cohort-learner-removed", cohort.name(), nameOf(learnerId)), cohort.name() + ": " + nameOf(learnerId), null);
    }

    /**
     * A page of a cohort's members, by display name, whose name or username contains the filter
     * (case-insensitive; blank for all). Filtered and paged by the database.
     */
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public List<CohortMemberRow> members(long cohortId, String filter, int offset, int limit) {
        return jdbc.sql("""
                        select a.id, a.username, a.display_name, m.enrolled_at
                        from cohort_member m join account a on a.id = m.learner_id
                        where m.cohort_id = :cohort
                          and (lower(a.display_name) like :pattern or lower(a.username) like :pattern)
                        order by a.display_name, a.id
                        limit :limit offset :offset""")
                .param("cohort", cohortId).param("pattern", pattern(filter))
                .param("limit", Math.max(1, limit)).param("offset", Math.max(0, offset))
                .query((rs, n) -> new CohortMemberRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public boolean isMember(long cohortId, long learnerId) {
        return members.existsByCohortIdAndLearnerId(cohortId, learnerId);
    }

    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public int memberCount(long cohortId, String filter) {
        return jdbc.sql("""
                        select count(*) from cohort_member m join account a on a.id = m.learner_id
                        where m.cohort_id = :cohort
                          and (lower(a.display_name) like :pattern or lower(a.username) like :pattern)""")
                .param("cohort", cohortId).param("pattern", pattern(filter))
                .query(Integer.class).single();
    }

    /** The accounts that manage the cohort, by display name. */
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public List<CohortManagerRow> managers(long cohortId) {
        find(cohortId);
        return managers.of(cohortId);
    }

    /**
     * Makes another cohort manager account a manager of the cohort: they see it and act on it from
     * then on. Refused for an unknown account, one without the cohort manager role, or one already
     * managing it.
     */
    @Transactional
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public CohortManagerRow addManager(long cohortId, String username) {
        Cohort cohort = find(cohortId);
        String name = username == null ? "" : username.strip();
        AccountSummary account = name.isEmpty() ? null : accounts.byUsernames(List.of(name)).get(name);
        List<CohortProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new CohortProblem(0, "username", CohortProblem.Reason.REQUIRED, null));
        } else if (account == null) {
            problems.add(new CohortProblem(0, "username", CohortProblem.Reason.UNKNOWN_ACCOUNT, name));
        } else if (!account.has(Role.COHORT_MANAGER)) {
            problems.add(new CohortProblem(0, "username", CohortProblem.Reason.NOT_A_COHORT_MANAGER, name));
        } else if (managers.manages(cohortId, account.username())) {
            problems.add(new CohortProblem(0, "username", CohortProblem.Reason.ALREADY_MANAGER, name));
        }
        refuseIfAny(problems);
        managers.add(cohortId, account.username());
        audit.record(actor(), AuditAction.COHORT_MANAGER_ADDED,
                AuditMessage.of("cohort-manager-added", cohort.name(), account.username()), cohort.name() + ": " + account.username(), null);
        return new CohortManagerRow(account.username(), account.displayName());
    }

    /** Takes a manager off the cohort; refused for the last one, so a cohort is never left unmanaged. */
    @Transactional
    @PreAuthorize("@cohortAccess.mayManage(#cohortId)")
    public void removeManager(long cohortId, String username) {
        Cohort cohort = find(cohortId);
        String name = username == null ? "" : username.strip();
        managers.lock(cohortId);
        if (!managers.manages(cohortId, name)) {
            refuseIfAny(List.of(new CohortProblem(0, "username", CohortProblem.Reason.NOT_A_MANAGER, name)));
        }
        if (managers.count(cohortId) <= 1) {
            refuseIfAny(List.of(new CohortProblem(0, "username", CohortProblem.Reason.LAST_MANAGER, name)));
        }
        managers.remove(cohortId, name);
        audit.record(actor(), AuditAction.COHORT_MANAGER_REMOVED,
                AuditMessage.of("cohort-manager-removed", cohort.name(), name), cohort.name() + ": " + name, null);
    }

    /** A LIKE pattern matching names that contain the text, with LIKE's own wildcards taken literally. */
    public static String pattern(String filter) {
        String text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private List<CohortProblem> check(CohortDetails d, Long cohortId) {
        List<CohortProblem> problems = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            problems.add(new CohortProblem(0, "name", CohortProblem.Reason.REQUIRED, null));
        } else if (name.length() > MAX_NAME) {
            problems.add(new CohortProblem(0, "name", CohortProblem.Reason.NAME_TOO_LONG, String.valueOf(MAX_NAME)));
        } else {
            cohorts.findByNameIgnoreCase(name).filter(c -> !c.id().equals(cohortId)).ifPresent(c ->
                    problems.add(new CohortProblem(0, "name", CohortProblem.Reason.NAME_TAKEN, name)));
        }
        if (d.startsOn() == null) {
            problems.add(new CohortProblem(0, "startsOn", CohortProblem.Reason.REQUIRED, null));
        }
        if (d.endsOn() == null) {
            problems.add(new CohortProblem(0, "endsOn", CohortProblem.Reason.REQUIRED, null));
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            problems.add(new CohortProblem(0, "endsOn", CohortProblem.Reason.ENDS_BEFORE_START,
                    d.endsOn().toString()));
        }
        if (d.courseIds().isEmpty()) {
            problems.add(new CohortProblem(0, "courses", CohortProblem.Reason.NO_COURSE, null));
        }
        for (Long courseId : d.courseIds().stream().sorted().toList()) {
            if (catalog.outline(courseId).isEmpty()) {
                problems.add(new CohortProblem(0, "courses", CohortProblem.Reason.UNKNOWN_COURSE,
                        String.valueOf(courseId)));
            }
        }
        return problems;
    }

    private Cohort find(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> new CohortChangeRefusedException(List.of(
                new CohortProblem(0, "cohort", CohortProblem.Reason.UNKNOWN_COHORT, String.valueOf(cohortId)))));
    }

    private String nameOf(long learnerId) {
        return accounts.displayNames(List.of(learnerId)).getOrDefault(learnerId, "#" + learnerId);
    }

    private String actor() {
        return accounts.current().username();
    }

    private static void refuseIfAny(List<CohortProblem> problems) {
        if (!problems.isEmpty()) {
            throw new CohortChangeRefusedException(problems);
        }
    }
}
