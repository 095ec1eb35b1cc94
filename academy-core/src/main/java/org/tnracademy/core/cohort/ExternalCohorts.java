package org.tnracademy.core.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts kept by an external system (an LMS course launched over LTI) on its behalf, with nobody
 * signed in to the academy yet: made on first launch, given the courses launched from it, filled
 * as its learners arrive. For the launch machinery only, like {@code ExternalSignIns}; people
 * manage such a cohort afterwards like any other.
 */
@Component
public class ExternalCohorts {

    /** What the cohort table's name holds. */
    static final int MAX_NAME = 200;

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final ApplicationEventPublisher events;

    ExternalCohorts(CohortRepository cohorts, CohortMemberRepository members, ApplicationEventPublisher events) {
        this.cohorts = cohorts;
        this.members = members;
        this.events = events;
    }

    /**
     * A new cohort named after the external course (the first free of {@code name},
     * {@code name (2)}, ...), running a year from today, with no course yet.
     *
     * @return its id
     */
    @Transactional
    public long create(String name) {
        String base = name == null || name.isBlank() ? "LMS" : name.strip();
        base = base.length() > MAX_NAME - 6 ? base.substring(0, MAX_NAME - 6) : base;
        String free = base;
        for (int n = 2; cohorts.findByNameIgnoreCase(free).isPresent(); n++) {
            free = base + " (" + n + ")";
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return cohorts.saveAndFlush(new Cohort(new CohortDetails(free, today, today.plusYears(1), Set.of()),
                Instant.now())).id();
    }

    /** Assigns a course to the cohort unless it is already. */
    @Transactional
    public void assign(long cohortId, long courseId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow();
        CohortSummary now = cohort.summary(0);
        if (!now.courseIds().contains(courseId)) {
            Set<Long> courses = new LinkedHashSet<>(now.courseIds());
            courses.add(courseId);
            cohort.change(new CohortDetails(now.name(), now.startsOn(), now.endsOn(), courses));
            cohorts.saveAndFlush(cohort);
        }
    }

    /** Enrols the learner unless they are already. @return true when enrolled now */
    @Transactional
    public boolean enrol(long cohortId, long learnerId) {
        if (members.existsByCohortIdAndLearnerId(cohortId, learnerId)) {
            return false;
        }
        members.saveAndFlush(new CohortMember(cohortId, learnerId, Instant.now()));
        events.publishEvent(new LearnersEnrolled(cohortId, List.of(learnerId)));
        return true;
    }
}
