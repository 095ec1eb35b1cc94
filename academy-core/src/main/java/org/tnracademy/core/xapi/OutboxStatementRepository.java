package org.tnracademy.core.xapi;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxStatementRepository extends JpaRepository<OutboxStatement, Long> {

    boolean existsByStatementId(String statementId);
}
