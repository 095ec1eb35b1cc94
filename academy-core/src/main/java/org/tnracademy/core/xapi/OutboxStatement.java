package org.tnracademy.core.xapi;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A statement waiting in the outbox, written in the transaction of the learner's action. Only
 * written through JPA; the sender claims, sends and parks rows with plain SQL (see {@link StatementSender}).
 */
@Entity
@Table(name = "xapi_statement")
class OutboxStatement {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String PARKED = "PARKED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xapi_statement_seq")
    @SequenceGenerator(name = "xapi_statement_seq", sequenceName = "xapi_statement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "statement_id", nullable = false)
    private String statementId;

    @Column(nullable = false)
    private String verb;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int tries;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    protected OutboxStatement() {
    }

    OutboxStatement(String statementId, XapiVerb verb, String body, Instant now) {
        this.statementId = statementId;
        this.verb = verb.name();
        this.body = body;
        this.status = PENDING;
        this.createdAt = now;
        this.tries = 0;
        this.nextTryAt = now;
    }
}
