package org.tnracademy.core.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInCounterRepository extends JpaRepository<SignInCounter, String> {

    /** The counter, held until the transaction ends, so two nodes never count the same failure once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SignInCounter c where c.key = ?1")
    Optional<SignInCounter> lockByKey(String key);

    /** Counters that hold nothing any more: no failure in a recent window, no block, no recent success. */
    @Modifying
    @Query("delete from SignInCounter c where c.windowStartedAt < ?1 and (c.blockedUntil is null or c.blockedUntil < ?2)"
            + " and (c.lastSuccessAt is null or c.lastSuccessAt < ?3)")
    int deleteStale(Instant windowBefore, Instant now, Instant successBefore);
}
