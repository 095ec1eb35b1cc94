package org.tnracademy.core.cohort;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    long countByCohortId(long cohortId);

    boolean existsByCohortIdAndLearnerId(long cohortId, long learnerId);

    @Query("select m.learnerId from CohortMember m where m.cohortId = :cohortId and m.learnerId in :learnerIds")
    List<Long> membersAmong(long cohortId, Collection<Long> learnerIds);

    @Query("select m.learnerId from CohortMember m where m.cohortId = :cohortId order by m.learnerId")
    List<Long> learnerIdsOf(long cohortId);

    @Modifying
    @Query("delete from CohortMember m where m.cohortId = :cohortId and m.learnerId = :learnerId")
    int deleteMember(long cohortId, long learnerId);
}
