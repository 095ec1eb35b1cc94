package org.tnracademy.core.cohort;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** That a learner belongs to a cohort, since when. */
@Entity
@Table(name = "cohort_member")
class CohortMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_member_seq")
    @SequenceGenerator(name = "cohort_member_seq", sequenceName = "cohort_member_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected CohortMember() {
    }

    CohortMember(long cohortId, long learnerId, Instant enrolledAt) {
        this.cohortId = cohortId;
        this.learnerId = learnerId;
        this.enrolledAt = enrolledAt;
    }
}
