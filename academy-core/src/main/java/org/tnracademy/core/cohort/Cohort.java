package org.tnracademy.core.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A class of analysts taking the same courses between two dates. */
@Entity
@Table(name = "cohort")
class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
    @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_course", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "course_id", nullable = false)
    private Set<Long> courseIds = new LinkedHashSet<>();

    /** Two managers editing one cohort at once: the second save fails instead of overwriting. */
    @Version
    private long version;

    protected Cohort() {
    }

    Cohort(CohortDetails details, Instant createdAt) {
        this.createdAt = createdAt;
        change(details);
    }

    void change(CohortDetails details) {
        this.name = details.name().strip();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.courseIds.clear();
        this.courseIds.addAll(details.courseIds());
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    CohortSummary summary(long memberCount) {
        return new CohortSummary(id, name, startsOn, endsOn, List.copyOf(courseIds.stream().sorted().toList()),
                memberCount);
    }
}
