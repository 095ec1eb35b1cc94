package org.tnracademy.core.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByAccountIdAndDedupeKey(long accountId, String dedupeKey);

    List<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable page);

    long countByAccountId(long accountId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.accountId = :account and n.readAt is null")
    int markAllRead(@Param("account") long accountId, @Param("at") Instant at);
}
